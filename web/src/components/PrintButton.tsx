/** Prints the page as it is on screen, through print.css (no navigation, A4, numbered sheets). */
export function PrintButton() {
  return (
    <button type="button" className="button secondary" onClick={() => window.print()}>
      In
    </button>
  );
}
