/*
 * The timer's styles (inside its shadow root). Phone first: the screen is a column whose middle
 * scrolls and whose control bar never moves or leaves the screen, whatever the text above it.
 */

export const CSS = `
:host{display:block;height:100%;min-height:0;overflow:hidden;container-type:inline-size;color:var(--lumo-body-text-color,#1c2430);
  background:var(--lumo-base-color,#fff);font-size:var(--upright-font-size,1.125rem);line-height:1.4;
  font-family:var(--lumo-font-family,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);-webkit-text-size-adjust:100%}
:host([hidden]){display:none}
*,*::before,*::after{box-sizing:border-box}
.view{height:100%}
.screen{display:flex;flex-direction:column;height:100%;max-width:42rem;margin:0 auto}
.scroll{flex:1 1 auto;min-height:0;overflow-y:auto;padding:1rem 1rem .5rem}
.bar{flex:none;display:flex;gap:.6rem;padding:.75rem 1rem calc(.75rem + env(safe-area-inset-bottom,0px));
  border-top:1px solid var(--lumo-contrast-10pct,#dde2e8);background:var(--lumo-base-color,#fff)}
h1{font-size:clamp(1.6rem,7vw,2.2rem);line-height:1.15;margin:.25rem 0 .75rem}
h1:focus{outline:none}
h2{font-size:1.3rem;line-height:1.2;margin:.25rem 0 .5rem}
.meta,.optional,.facts dt,.pain-labels{color:var(--lumo-secondary-text-color,#4a5565)}
.optional{font-weight:400}
.facts{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:0 0 1rem}.facts dt{font-size:.9rem;white-space:nowrap}
.facts dd{margin:0;font-size:1.5rem;font-weight:700;font-variant-numeric:tabular-nums;white-space:nowrap}
.step-list{padding-left:1.4rem;margin:0 0 1rem}.step-list li{margin:.35rem 0}.step-list .meta{display:block;font-size:.95rem}
/* the per-step "Easier version" switch and, while it is on, what changes */
.step-list .step-name{font-weight:600}.step-list li.easier-on{border-left:4px solid var(--upright-relax-color,#1d6b3a);padding-left:.5rem}
.easier-toggle{font-size:1rem}.easier-text{margin:.1rem 0 .4rem;font-size:.95rem;color:light-dark(var(--upright-relax-color,#1d6b3a),var(--lumo-success-text-color,#12d965))}
.easier-text[hidden],.easier-now[hidden],.easier-tag[hidden]{display:none}
.title-row{display:flex;align-items:center;flex-wrap:wrap;gap:.25rem .6rem}
.easier-tag{flex:none;font-size:.9rem;font-weight:700;padding:.1rem .6rem;border-radius:999px;background:#14532d;color:#fff}
.easier-now{margin:0;padding:.45rem .8rem;border-radius:8px;background:var(--lumo-success-color-10pct,#e3f3e8);color:light-dark(#14532d,var(--lumo-success-text-color,#12d965));overflow-wrap:anywhere}
button{font:inherit;font-weight:600;min-height:48px;min-width:48px;padding:.5rem 1rem;cursor:pointer;touch-action:manipulation;
  border-radius:var(--lumo-border-radius-l,12px);border:2px solid var(--upright-border-color,var(--lumo-contrast-60pct,#6b7583));
  background:var(--lumo-base-color,#fff);color:var(--lumo-body-text-color,#1c2430)}
button.primary{background:var(--lumo-primary-color,#1a5fb4);
  border-color:var(--lumo-primary-color,#1a5fb4);color:var(--lumo-primary-contrast-color,#fff)}
button.danger{background:var(--lumo-error-color,#b3261e);border-color:var(--lumo-error-color,#b3261e);color:var(--lumo-error-contrast-color,#fff)}
button.big{flex:1;min-height:60px;font-size:1.3rem}
button:disabled{opacity:.55;cursor:not-allowed}
:focus-visible{outline:3px solid var(--lumo-primary-color,#1a5fb4);outline-offset:2px}
fieldset{border:0;margin:0 0 1rem;padding:0;min-width:0}
legend{font-weight:700;padding:0;margin-bottom:.5rem}
/* The 0-10 scale: one row of eleven, like the daily check-in's, however narrow the phone */
.pain-scale{display:grid;grid-template-columns:repeat(11,minmax(0,1fr));gap:2px}
.pain-btn{min-width:0;min-height:48px;height:48px;padding:0;border:0;border-radius:var(--lumo-border-radius-m,6px);
  background:var(--lumo-contrast-5pct,#f1f3f5);color:var(--lumo-primary-text-color,#1a5fb4);
  font-size:var(--lumo-font-size-l,1.125rem);font-weight:600;font-variant-numeric:tabular-nums}
.pain-btn[aria-checked="true"]{background:var(--lumo-primary-color,#1a5fb4);color:var(--lumo-primary-contrast-color,#fff);
  outline:3px solid var(--lumo-primary-color,#1a5fb4);outline-offset:1px}
.pain-labels{display:flex;justify-content:space-between;font-size:.875rem;margin:4px 0 0}
.pain{margin:0 0 1.25rem}
.pain-question{font-weight:700;display:block;margin-bottom:.5rem}
.toggle{display:flex;align-items:center;gap:.75rem;min-height:48px;cursor:pointer}
.toggle input{width:1.5rem;height:1.5rem;margin:0;accent-color:var(--lumo-primary-color,#1a5fb4)}
.run-head{display:flex;align-items:center;gap:.75rem;padding:.5rem 1rem .25rem}
.step-count{font-weight:700}.time-left{margin-left:auto;font-variant-numeric:tabular-nums}
.stop-btn{padding:.25rem .9rem}
progress{display:block;width:calc(100% - 2rem);height:10px;margin:0 1rem;border:0;border-radius:5px;overflow:hidden;
  -webkit-appearance:none;appearance:none;background:var(--lumo-contrast-10pct,#dde2e8)}
progress::-webkit-progress-bar{background:var(--lumo-contrast-10pct,#dde2e8)}
progress::-webkit-progress-value{background:var(--lumo-primary-color,#1a5fb4)}
progress::-moz-progress-bar{background:var(--lumo-primary-color,#1a5fb4)}
.run .scroll{display:flex;flex-direction:column;gap:.6rem;padding-top:.5rem}
.step-title,.next,.instructions{margin:0;overflow-wrap:anywhere}.next{font-weight:600}.instructions{white-space:pre-line}
.panel{--phase-bg:var(--upright-get-ready-color,#8a4600);background:var(--phase-bg);color:#fff;
  border-radius:18px;text-align:center;padding:.6rem 1rem .8rem;transition:background-color .3s}
.panel[data-kind="HOLD"]{--phase-bg:var(--upright-hold-color,var(--lumo-primary-color,#1a5fb4))}
.panel[data-kind="RELAX"]{--phase-bg:var(--upright-relax-color,#1d6b3a)}
.panel.paused{--phase-bg:var(--upright-paused-color,#4b5563)}
.phase-name{font-size:clamp(1.4rem,min(9vw,6vh),2.75rem);font-weight:800;line-height:1.1}
.countdown{font-size:clamp(3.5rem,min(30vw,18vh),12rem);font-weight:800;line-height:1;font-variant-numeric:tabular-nums}
.rep-line{display:flex;justify-content:center;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:1.2rem;font-weight:600}
.paused-badge{margin-top:.25rem;font-weight:800;letter-spacing:.08em;text-transform:uppercase}
.safety{background:var(--upright-safety-bg,#fff4d6);color:var(--upright-safety-text,#4a3500);
  border-left:6px solid #b7791f;border-radius:8px;padding:.55rem .8rem}
.controls{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.4fr) minmax(0,1fr);gap:.5rem}
.controls button{min-width:0;min-height:60px;padding:.25rem;font-size:1.05rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.controls .pause{font-size:1.15rem}
dialog{border:0;border-radius:18px;padding:1.25rem;width:min(92vw,26rem);max-width:92vw;max-height:calc(100dvh - 1.5rem);overflow-y:auto;box-shadow:0 12px 40px rgba(0,0,0,.35);
  background:var(--lumo-base-color,#fff);color:var(--lumo-body-text-color,#1c2430)}
dialog::backdrop{background:rgba(0,0,0,.55)}
dialog h2{margin-top:0}dialog p{margin:.25rem 0 .75rem}
.stop-reasons{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.5rem;margin-bottom:.75rem}
.stop-reasons button{min-height:48px;padding:.25rem .5rem}
.stop-reasons button[aria-checked="true"]{background:var(--lumo-primary-color,#1a5fb4);border-color:var(--lumo-primary-color,#1a5fb4);
  color:var(--lumo-primary-contrast-color,#fff)}
label.field.small{font-size:.95rem;margin-bottom:.25rem}
input[type=text]{display:block;width:100%;font:inherit;min-height:48px;padding:.5rem .6rem;border-radius:10px;color:inherit;
  border:2px solid var(--upright-border-color,var(--lumo-contrast-60pct,#6b7583));background:var(--lumo-base-color,#fff)}
.dialog-actions{display:flex;flex-direction:column;gap:.5rem;margin-top:1rem}.dialog-actions button{min-height:52px}
textarea{display:block;width:100%;font:inherit;padding:.6rem;border-radius:10px;resize:vertical;color:inherit;
  border:2px solid var(--upright-border-color,var(--lumo-contrast-60pct,#6b7583));background:var(--lumo-base-color,#fff)}
label.field{display:block;font-weight:700;margin-bottom:.4rem}
.count{display:block;text-align:right;font-size:.9rem;margin-top:.2rem}
.advice{background:var(--upright-safety-bg,#fff4d6);color:var(--upright-safety-text,#4a3500);border-left:6px solid #b7791f;
  border-radius:8px;padding:.6rem .9rem;margin:1rem 0}.advice[hidden]{display:none}
.advice h2{font-size:1.15rem;margin:0 0 .4rem}.advice ul{margin:0;padding-left:1.2rem}.advice li{margin:.3rem 0}
.status{min-height:1.4em;margin:.75rem 0 0;font-weight:600}
.status.ok{color:var(--lumo-success-text-color,#1d6b3a)}
.error{color:var(--lumo-error-text-color,#a4161a);font-weight:600;margin:.5rem 0 0}.error:empty{display:none}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (prefers-reduced-motion:no-preference){.panel.final .countdown{animation:pulse 1s ease-in-out infinite}}
@keyframes pulse{50%{transform:scale(1.05)}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{transition:none!important;animation:none!important}}
/* a phone on its side: the stop dialog goes wide so every answer stays on screen */
@media (max-height:500px){dialog{width:min(94vw,44rem);padding:.75rem 1.1rem}dialog h2{margin-bottom:.2rem}dialog p{margin:0 0 .4rem}
  .stop-reasons{grid-template-columns:repeat(4,minmax(0,1fr));margin-bottom:.4rem}
  .dialog-actions{flex-direction:row;margin-top:.6rem}.dialog-actions button{flex:1;min-width:0}}
`;
