/** The Quarterdeck logo: a stack of slides on an indigo tile, drawn inline so it needs no asset. */
export function BrandMark() {
  return (
    <span className="topbar__logo" aria-hidden="true">
      <svg width="16" height="16" viewBox="0 0 16 16" fill="none">
        <rect x="2" y="9.5" width="12" height="3.5" rx="1.2" fill="#fff" />
        <rect x="3.5" y="5.5" width="9" height="3" rx="1" fill="#fff" fillOpacity="0.72" />
        <rect x="5" y="2.5" width="6" height="2.2" rx="0.9" fill="#fff" fillOpacity="0.45" />
      </svg>
    </span>
  );
}
