// Public API: filled in by the layers below.
export {};
