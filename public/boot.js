// Runs before the app: the globals Leptos reads while hydrating a page it did not stream.
// The pages are pre-rendered at build time, so there are no pending resources or errors.
window.__RESOLVED_RESOURCES = [];
window.__SERIALIZED_ERRORS = [];
window.__INCOMPLETE_CHUNKS = [];
