/** An element of the live map as data: what the bench's React floor renders (scripts/bench-react-floor). */
export interface MapTreeNode {
  tag: string;
  attrs: Record<string, string>;
  children: (MapTreeNode | string)[];
}
