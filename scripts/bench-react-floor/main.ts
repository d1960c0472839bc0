/**
 * The bench's React floor: the app's live map SVG (copied from the app in the same run, as a
 * tree of elements in map-tree.json, preloaded like the app's data) rendered by React and
 * react-dom alone, with one click handler, and no other code. It is the least a React-rendered
 * map can cost, so the bench can say how much of the app's time is React's own and how much is
 * the app's.
 */
import { createElement, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { MapTreeNode } from "../lib/map-tree.ts";

/** HTML attribute names React spells differently; hyphenated SVG and aria/data names pass as they are. */
const REACT_NAMES: Record<string, string> = { class: "className", tabindex: "tabIndex" };

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const styleObject = (text: string) =>
  Object.fromEntries(
    text
      .split(";")
      .map((rule) => rule.split(":").map((part) => part.trim()))
      .filter(([name, value]) => name && value)
      .map(([name, value]) => [name!.startsWith("--") ? name : camel(name!), value]),
  );

function toElement(node: MapTreeNode | string, key: number): ReactNode {
  if (typeof node === "string") return node;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.attrs))
    props[REACT_NAMES[name] ?? name] = name === "style" ? styleObject(value) : value;
  return createElement(node.tag, props, ...node.children.map(toElement));
}

const tree = (await (await fetch("./map-tree.json")).json()) as MapTreeNode;
let clicks = 0;
createRoot(document.getElementById("root")!).render(
  createElement(
    "div",
    { onClick: () => (document.body.dataset.clicks = String(++clicks)) },
    toElement(tree, 0),
  ),
);
