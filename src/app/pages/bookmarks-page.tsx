/** `/bookmarks`: the sections the reader saved. */
export function BookmarksPage() {
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Bookmarks</h1>
      </header>
      <p>No bookmarks yet.</p>
    </div>
  );
}
