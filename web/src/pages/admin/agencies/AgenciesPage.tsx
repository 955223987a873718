import { Card, Col, DatePicker, Flex, Row, Tag, Tree, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useCallback, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { type ApiProblem, toApiProblem } from '../../../api/problem';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDate } from '../../../lib/datetime';
import { useApi } from '../../../lib/use-api';
import { AgencyDetail } from './AgencyDetail';
import { AgencySelect } from './AgencySelect';

type Agency = components['schemas']['AgencyResponse'];

interface TreeNode {
  key: string;
  title: ReactNode;
  isLeaf?: boolean;
  children?: TreeNode[];
}

function nodeOf(agency: Agency): TreeNode {
  return {
    key: agency.id,
    title: (
      <span>
        {agency.name}
        {agency.validTo ? (
          <Tag color="default" style={{ marginInlineStart: 6 }}>
            hoạt động đến {formatDate(agency.validTo)}
          </Tag>
        ) : null}
      </span>
    ),
    isLeaf: agency.kind === 'ONE_STOP_DESK' || agency.kind === 'UNIT',
  };
}

function withChildren(nodes: TreeNode[], key: string, children: TreeNode[]): TreeNode[] {
  return nodes.map((node) =>
    node.key === key
      ? { ...node, children, isLeaf: children.length === 0 }
      : node.children
        ? { ...node, children: withChildren(node.children, key, children) }
        : node,
  );
}

const childrenOf = async (parentId: string, activeOn?: string) =>
  (await unwrap(api.GET('/api/v1/agencies', { params: { query: { parentId, activeOn, pageSize: 200 } } })))
    .items;

// The organisation tree (children loaded as a branch opens), optionally as it stood on a date,
// and the chosen agency: its dated life, predecessors and successors, and its corrections.
export function AgenciesPage() {
  const [activeOn, setActiveOn] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [tree, setTree] = useState<{ activeOn?: string; nodes: TreeNode[] } | null>(null);
  const [branchProblem, setBranchProblem] = useState<ApiProblem | null>(null);
  const [revision, setRevision] = useState(0);
  const roots = useApi(async () => {
    const page = await unwrap(
      api.GET('/api/v1/agencies', { params: { query: { level: 'PROVINCE', activeOn, pageSize: 200 } } }),
    );
    return page.items.filter((agency) => agency.parentId === null);
  }, [activeOn, revision]);
  const nodes = tree && tree.activeOn === activeOn ? tree.nodes : (roots.data ?? []).map(nodeOf);

  const loadBranch = useCallback(
    async (key: string) => {
      try {
        const children = (await childrenOf(key, activeOn)).map(nodeOf);
        setTree((current) => ({
          activeOn,
          nodes: withChildren(
            current && current.activeOn === activeOn ? current.nodes : nodes,
            key,
            children,
          ),
        }));
      } catch (error) {
        setBranchProblem(toApiProblem(error));
      }
    },
    [activeOn, nodes],
  );

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        Cơ quan, đơn vị
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11}>
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>Cây tổ chức</h2>}>
            <Flex vertical gap={8}>
              <Flex gap={8} wrap align="center">
                <label htmlFor="co-quan-ngay">Cây tổ chức vào ngày</label>
                <DatePicker
                  id="co-quan-ngay"
                  format="DD/MM/YYYY"
                  placeholder="Mọi thời kỳ"
                  onChange={(date: Dayjs | null) => setActiveOn(date?.format('YYYY-MM-DD'))}
                />
              </Flex>
              <Flex gap={8} wrap align="center">
                <label htmlFor="co-quan-tim">Tìm cơ quan</label>
                <AgencySelect id="co-quan-tim" value={selected} onChange={setSelected} allowClear />
              </Flex>
              <ProblemAlert problem={roots.problem ?? branchProblem} />
              {roots.loading && !roots.data ? (
                <Typography.Text type="secondary">Đang tải…</Typography.Text>
              ) : null}
              <Tree
                key={`${activeOn ?? 'all'}-${revision}`}
                treeData={nodes}
                loadData={(node) => loadBranch(String(node.key))}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setSelected(keys[0] ? String(keys[0]) : undefined)}
                aria-label="Cây cơ quan"
              />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          {selected ? (
            <AgencyDetail
              key={selected}
              agencyId={selected}
              onOpen={setSelected}
              onTreeChanged={() => {
                setTree(null);
                setRevision((count) => count + 1);
              }}
            />
          ) : (
            <Card size="small">
              <Typography.Text type="secondary">
                Chọn một cơ quan trong cây để xem và sửa thông tin.
              </Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
