import type { ReactNode } from 'react';

// A card's title as a real heading, so screen-reader users can jump between the sections.
export function CardHeading({ children, level = 2 }: { children: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading style={{ fontSize: level === 2 ? 16 : 15, margin: 0, fontWeight: 600 }}>{children}</Heading>
  );
}
