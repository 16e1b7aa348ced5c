// Handlebars' runtime entry (the API without the compiler) ships a declaration that exports
// nothing; it is typed here as what it is: the package's API, of which only the runtime part
// (create, template, registerHelper) is used.
declare module 'handlebars/runtime.js' {
  import type Handlebars from 'handlebars';
  const runtime: typeof Handlebars;
  export default runtime;
}
