import { imageSources } from '../../modules/media/index.js';
import type { LeadImage } from '../../modules/content/index.js';

/**
 * An <img> with WebP `srcset`, intrinsic width/height (no layout shift) and lazy loading unless
 * it is the page's main image.
 */
export function ResponsiveImage({ image, sizes, eager = false, class: className }: { image: LeadImage; sizes: string; eager?: boolean; class?: string }) {
  const s = imageSources(image);
  return (
    <img
      class={className}
      src={s.src}
      srcset={s.srcset}
      sizes={sizes}
      width={s.width}
      height={s.height}
      alt={image.alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      {...(eager ? { fetchpriority: 'high' } : {})}
    />
  );
}

/** The lead photo with its caption and, set apart, the agency credit. */
export function LeadFigure({ image, creditLabel }: { image: LeadImage; creditLabel: string }) {
  return (
    <figure class="lead-figure">
      <ResponsiveImage image={image} sizes="(min-width: 64rem) 52rem, 100vw" eager />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption ? <span class="caption-text">{image.caption}</span> : null}
          {image.credit ? (
            <span class="credit">
              <span class="visually-hidden">{creditLabel}: </span>
              <bdi>{image.credit}</bdi>
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
