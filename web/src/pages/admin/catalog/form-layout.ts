// Shared look of the draft editor's repeated rows (documents, fees, route steps).
export const ROW_STYLE = {
  border: '1px solid #d9d9d9',
  borderRadius: 6,
  padding: '4px 12px 12px',
  marginBottom: 12,
};

export const LEGEND_STYLE = {
  fontSize: 14,
  fontWeight: 600,
  width: 'auto',
  padding: '0 4px',
  margin: 0,
  border: 0,
};

// A code → label table as Select or Checkbox.Group options.
export const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
