// The one global the editor page loads: window.PM. Only what wwwroot/js/article-editor.js uses is
// re-exported, so esbuild drops the rest (decision 013).
export { Schema, DOMParser, DOMSerializer, Fragment, Slice } from "prosemirror-model";
export { EditorState, TextSelection, NodeSelection, Plugin, PluginKey } from "prosemirror-state";
export { EditorView } from "prosemirror-view";
export { keymap } from "prosemirror-keymap";
export { history, undo, redo } from "prosemirror-history";
export { baseKeymap, toggleMark, setBlockType, wrapIn, lift, chainCommands, exitCode } from "prosemirror-commands";
export { wrapInList, splitListItem, liftListItem, sinkListItem } from "prosemirror-schema-list";
export { inputRules, wrappingInputRule, textblockTypeInputRule, undoInputRule } from "prosemirror-inputrules";
export { dropCursor } from "prosemirror-dropcursor";
export { gapCursor } from "prosemirror-gapcursor";
export { MarkdownParser, MarkdownSerializer, defaultMarkdownSerializer } from "prosemirror-markdown";
export { default as MarkdownIt } from "markdown-it";
export { tableEditing, goToNextCell, addRowAfter, addColumnAfter, deleteRow, deleteColumn, isInTable } from "prosemirror-tables";
