// A chart drawn at the width it is shown at (1 SVG unit = 1 CSS pixel), so its 12 px labels stay 12 px
// on a 390 px phone instead of being scaled down with a fixed 640-unit drawing (~7 px).
import { useLayoutEffect, useRef, useState } from 'react';

export function useChartWidth(initial = 640) {
  const ref = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const shown = Math.round(element.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight));
      if (shown > 0) setWidth(Math.max(280, Math.min(760, shown)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
