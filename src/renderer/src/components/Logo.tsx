/** The app's mark, drawn inline so it needs no file request. */
export function Logo({ size = 26 }: { size?: number }) {
  return (
    <svg viewBox="64 64 896 896" width={size} height={size} aria-hidden focusable="false">
      <defs>
        <linearGradient id="northstar-bg" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#364fc7" />
          <stop offset="1" stopColor="#1b2a6b" />
        </linearGradient>
      </defs>
      <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#northstar-bg)" />
      <path d="M512 170 L578 446 L854 512 L578 578 L512 854 L446 578 L170 512 L446 446 Z" fill="#ffffff" />
      <path d="M512 330 L540 484 L694 512 L540 540 L512 694 L484 540 L330 512 L484 484 Z" fill="#fcc419" />
    </svg>
  );
}
