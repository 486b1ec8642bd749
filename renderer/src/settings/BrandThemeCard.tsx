import { useState, type CSSProperties } from 'react';
import { BRAND_LOGO_MAX_BYTES, brandColorProblem, slideLook } from '../../../shared/brand';
import type { Settings, SlideTheme } from '../../../shared/settings';
import type { SettingsChange } from '../data/store';
import { readLogo } from './read-logo';
import './brand-theme.css';

/** Props of the brand card: the settings and the saver. */
export interface BrandThemeCardProps {
  settings: Settings;
  onChange: (change: SettingsChange) => void;
}

/** A slide's title bar, small, in the chosen theme and brand: what the deck will look like. */
function TitleBarPreview({ settings }: { settings: Settings }) {
  const look = slideLook(settings);
  const style = {
    '--preview-accent': look.accent,
    '--preview-accent-text': look.accentText,
  } as CSSProperties;
  return (
    <div
      className={`brand-preview brand-preview--${look.theme}`}
      style={style}
      data-testid="brand-preview"
      aria-label={`Preview of a slide title in the ${look.theme} theme`}
      role="img"
    >
      <div className="brand-preview__kicker">Slide title</div>
      <div className="brand-preview__headline">Each slide leads with its headline</div>
      <div className="brand-preview__foot">
        {look.logo !== null ? <img src={look.logo} alt="" className="brand-preview__logo" /> : null}
        <span>Quarterdeck</span>
      </div>
    </div>
  );
}

/** Brand and theme: the company's colour and logo, and light or dark slides. */
export function BrandThemeCard({ settings, onChange }: BrandThemeCardProps) {
  // The hex field is a draft: only a valid colour is saved, and the picker's choice replaces it.
  const [hex, setHex] = useState(settings.brandColor);
  const [seen, setSeen] = useState(settings.brandColor);
  if (seen !== settings.brandColor) {
    setSeen(settings.brandColor);
    setHex(settings.brandColor);
  }
  const colorProblem = brandColorProblem(hex);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);

  const saveColor = (value: string) => {
    setHex(value);
    if (brandColorProblem(value) === null) {
      const color = value.trim().toLowerCase();
      onChange((current) => ({ ...current, brandColor: color }));
    }
  };
  const chooseLogo = async (file: File) => {
    const reading = await readLogo(file);
    if (!reading.ok) {
      setLogoProblem(reading.message);
      return;
    }
    setLogoProblem(null);
    onChange((current) => ({ ...current, brandLogo: reading.dataUrl }));
  };
  const setTheme = (theme: SlideTheme) =>
    onChange((current) => ({ ...current, slideTheme: theme }));

  return (
    <section className="card" aria-labelledby="brand-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="brand-title">Brand and theme</h2>
          <p>The company&apos;s colour and logo on every slide, and slides light or dark.</p>
        </div>
      </div>
      <div className="card__body brand-grid">
        <div className="brand-controls">
          <div className="field">
            <label className="field__label" htmlFor="settings-brand-hex">
              Brand colour
            </label>
            <div className="brand-color">
              <input
                type="color"
                className="brand-color__swatch"
                aria-label="Pick the brand colour"
                value={colorProblem === null ? hex.trim().toLowerCase() : settings.brandColor}
                onChange={(event) => saveColor(event.target.value)}
                data-testid="settings-brand-color"
              />
              <input
                id="settings-brand-hex"
                className="input brand-color__hex"
                value={hex}
                spellCheck={false}
                aria-invalid={colorProblem !== null}
                aria-describedby="settings-brand-hex-note"
                onChange={(event) => saveColor(event.target.value)}
                data-testid="settings-brand-hex"
              />
            </div>
            {colorProblem !== null ? (
              <span
                id="settings-brand-hex-note"
                className="field__error"
                role="alert"
                data-testid="settings-brand-color-error"
              >
                {colorProblem} Nothing was saved.
              </span>
            ) : (
              <span id="settings-brand-hex-note" className="field__hint">
                The kicker rule, brand tiles and title slide. Text made from it is kept readable.
              </span>
            )}
          </div>
          <div className="field">
            <label className="field__label" htmlFor="settings-brand-logo">
              Logo
            </label>
            <div className="brand-logo">
              {settings.brandLogo !== null ? (
                <img
                  className="brand-logo__preview"
                  src={settings.brandLogo}
                  alt="Current logo"
                  data-testid="settings-brand-logo-preview"
                />
              ) : (
                <span className="brand-logo__none">No logo</span>
              )}
              <input
                id="settings-brand-logo"
                type="file"
                accept="image/png,image/jpeg"
                aria-describedby="settings-brand-logo-note"
                data-testid="settings-brand-logo"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void chooseLogo(file);
                }}
              />
              {settings.brandLogo !== null ? (
                <button
                  type="button"
                  className="btn btn--secondary btn--sm"
                  onClick={() => onChange((current) => ({ ...current, brandLogo: null }))}
                  data-testid="settings-brand-logo-remove"
                >
                  Remove logo
                </button>
              ) : null}
            </div>
            {logoProblem !== null ? (
              <span
                id="settings-brand-logo-note"
                className="field__error"
                role="alert"
                data-testid="settings-brand-logo-error"
              >
                {logoProblem} The logo was not changed.
              </span>
            ) : (
              <span id="settings-brand-logo-note" className="field__hint">
                PNG or JPEG, at most {BRAND_LOGO_MAX_BYTES / 1024} KB. Shown small on the title
                slide and in every footer.
              </span>
            )}
          </div>
          <fieldset className="choice-group choice-group--row">
            <legend className="field__label">Slide theme</legend>
            <label className="choice">
              <input
                type="radio"
                name="slide-theme"
                checked={settings.slideTheme === 'light'}
                onChange={() => setTheme('light')}
                data-testid="settings-theme-light"
              />
              <span className="choice__text">
                <span className="choice__title">Light</span>
                <span className="choice__hint">White slides: for bright rooms and the PDF.</span>
              </span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name="slide-theme"
                checked={settings.slideTheme === 'dark'}
                onChange={() => setTheme('dark')}
                data-testid="settings-theme-dark"
              />
              <span className="choice__text">
                <span className="choice__title">Dark</span>
                <span className="choice__hint">Navy slides: for dim rooms and projectors.</span>
              </span>
            </label>
          </fieldset>
        </div>
        <TitleBarPreview settings={settings} />
      </div>
    </section>
  );
}
