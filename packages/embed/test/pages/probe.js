// Records what a test page must not produce: CSP violations and uncaught errors.
window.violations = [];
window.pageErrors = [];
window.warnings = [];
document.addEventListener('securitypolicyviolation', (e) => {
  const target = e.composedPath()[0];
  const host = target?.getRootNode?.().host;
  window.violations.push({
    directive: e.violatedDirective,
    blocked: e.blockedURI,
    where: `${target?.localName ?? 'document'}${host ? ` in <${host.localName}>` : ''}`,
  });
});
window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));
const warn = console.warn;
console.warn = (...args) => {
  window.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
