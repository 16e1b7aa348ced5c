/** One-line fixes for the extract stage's diagnostic kinds, shown when lint reports them. */
export const IR_DIAGNOSTIC_HINTS: Readonly<Record<string, string>> = {
  'unplaced-result-row': 'put the row in the table of the object it belongs to, or link it from its parent row',
  'invalid-example-json': 'make the example valid JSON (no comments, placeholders or trailing commas)',
  'unlinked-nested-table': 'link the nested table from its parent row ([type](#anchor)) or give its heading the parent\'s name',
  'method-name-mismatch': 'make the H1, the file name and the examples name the same method',
  'example-calls-other-method': 'show an example of this page\'s method, or move the example to the page of the method it calls',
  'method-name-missing': 'put the method name in the H1 or in a cURL example',
  'type-cell-prose': 'keep only the type in the type cell; move the explanation to the description',
  'stray-directive': 'close or remove the YFM directive',
  'unclosed-directive': 'close the YFM directive ({% endnote %}, {% endlist %}, {% endcut %}…)',
  'unclosed-table': 'close the YFM table with |#',
  'unclosed-fence': 'close the code fence',
  'empty-name-cell': 'fill in the name cell or remove the row',
  'unparsed-name-cell': 'write the name cell as **name** with an optional required mark',
  'include-failed': 'fix the include path',
  'page-failed': 'see the message; the page could not be read',
  'duplicate-method': 'document each method on one page',
  'v3-error-code-missing': 'give each REST 3.0 error its code',
  'example-result-mismatch': 'make the response example match the documented result fields and types',
  'nesting-too-deep': 'flatten the nested tables',
  'table-merge-without-target': 'check the table merge directive',
  'unresolved-named-type': 'link the type name to the heading of the table that describes it',
  'system-errors-missing': 'restore _includes/system-errors.md with its error table',
};

export const GENERIC_HINT = 'see the message';
