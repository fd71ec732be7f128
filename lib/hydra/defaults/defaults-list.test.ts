import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { diskFiles } from '../../../bin/fs-files';
import { buildDefaultsList, parseOverrides } from '../compose';
import { ConfigException } from '../errors';
import { Repository } from '../repository';

// Hydra's own defaults-list test configs (../shared/hydra/defaults-list). Each expectation is
// the defaults list Hydra 1.3 produces for that config and those overrides: config path,
// `(self)` for a config's own content, and the package it is merged at.
const DATA = join(import.meta.dirname, '../../../../shared/hydra/defaults-list');

function defaultsOf(config: string, overrides: string[]): string[] {
  const repo = new Repository([{ label: 'file://defaults-list', displayPrefix: '', files: diskFiles(DATA) }]);
  const { defaults } = buildDefaultsList(repo, config, parseOverrides(overrides), false);
  return defaults.map((d) => `${d.configPath}${d.isSelf ? ' (self)' : ''} @${d.package}`);
}

const LISTS: [string, string[], string[]][] = [
  ["empty", [], ["empty @"]],
  ["config_default", [], ["empty @","config_default (self) @"]],
  ["group_default", [], ["group1/file1 @group1","group_default (self) @"]],
  ["self_leading", [], ["self_leading (self) @","group1/file1 @group1"]],
  ["self_trailing", [], ["group1/file1 @group1","self_trailing (self) @"]],
  ["include_nested_group", [], ["group1/group2/file1 @group1.group2","group1/group_item1 (self) @group1","include_nested_group (self) @"]],
  ["config_default_pkg1", [], ["empty @pkg1","config_default_pkg1 (self) @"]],
  ["include_nested_config_item_pkg2", [], ["group1/group2/file1 @group1.pkg2","group1/config_item_pkg2 (self) @group1","include_nested_config_item_pkg2 (self) @"]],
  ["include_nested_config_item_global", [], ["group1/group2/file1 @","group1/config_item_global_ (self) @group1","include_nested_config_item_global (self) @"]],
  ["include_nested_group_pkg2", [], ["group1/group2/file1 @group1.pkg2","group1/group_item1_pkg2 (self) @group1","include_nested_group_pkg2 (self) @"]],
  ["include_nested_group_pkg2", ["group1/group2@group1.pkg2=file2"], ["group1/group2/file2 @group1.pkg2","group1/group_item1_pkg2 (self) @group1","include_nested_group_pkg2 (self) @"]],
  ["group_default_pkg1", [], ["group1/file1 @pkg1","group_default_pkg1 (self) @"]],
  ["group_default_pkg1", ["group1@pkg1=file2"], ["group1/file2 @pkg1","group_default_pkg1 (self) @"]],
  ["include_nested_group_global_", [], ["group1/group2/file1 @","group1/group_item1_global_ (self) @group1","include_nested_group_global_ (self) @"]],
  ["include_nested_group_global_", ["group1/group2@_global_=file2"], ["group1/group2/file2 @","group1/group_item1_global_ (self) @group1","include_nested_group_global_ (self) @"]],
  ["group_default_at_global", [], ["group1/file1 @","group_default_at_global (self) @"]],
  ["group_default_at_global", ["+experiment=override_with_global_default2"], ["group1/file2 @","group_default_at_global (self) @","experiment/override_with_global_default2 @experiment"]],
  ["two_group_defaults_different_pkgs_global", [], ["group1/file1 @group1","group1/file2 @","two_group_defaults_different_pkgs_global (self) @"]],
  ["include_nested_group_global_foo", [], ["group1/group2/file1 @foo","group1/group_item1_global_foo (self) @group1","include_nested_group_global_foo (self) @"]],
  ["include_nested_group_global_foo", ["group1/group2@foo=file2"], ["group1/group2/file2 @foo","group1/group_item1_global_foo (self) @group1","include_nested_group_global_foo (self) @"]],
  ["primary_pkg_header_foo", [], ["group1/file1 @foo.group1","group1/file1 @foo.pkg","primary_pkg_header_foo (self) @foo"]],
  ["primary_pkg_header_foo", ["group1@foo.group1=file2","group1@foo.pkg=file3"], ["group1/file2 @foo.group1","group1/file3 @foo.pkg","primary_pkg_header_foo (self) @foo"]],
  ["include_nested_group_pkg_header_foo", [], ["group1/group2/file1 @foo.group2","group1/group_item1_pkg_header_foo (self) @foo","include_nested_group_pkg_header_foo (self) @"]],
  ["include_nested_group_pkg_header_foo", ["group1/group2@foo.group2=file2"], ["group1/group2/file2 @foo.group2","group1/group_item1_pkg_header_foo (self) @foo","include_nested_group_pkg_header_foo (self) @"]],
  ["include_nested_group_pkg_header_foo", ["group1=group_item2_pkg_header_foo"], ["group1/group2/file2 @foo.group2","group1/group_item2_pkg_header_foo (self) @foo","include_nested_group_pkg_header_foo (self) @"]],
  ["include_nested_group_pkg_header_foo", ["group1=group_item2_pkg_header_bar"], ["group1/group2/file2 @bar.group2","group1/group_item2_pkg_header_bar (self) @bar","include_nested_group_pkg_header_foo (self) @"]],
  ["empty", ["+group1/group2=file1_pkg_header_foo"], ["empty (self) @","group1/group2/file1_pkg_header_foo @foo"]],
  ["empty", ["+group1=group_item1_with_pkg_header_foo"], ["empty (self) @","group1/group2/file1_pkg_header_foo @foo","group1/group_item1_with_pkg_header_foo (self) @group1"]],
  ["include_nested_group_pkg_header_foo_override_pkg_bar", [], ["group1/group2/file1 @bar.group2","group1/group_item1_pkg_header_foo (self) @bar","include_nested_group_pkg_header_foo_override_pkg_bar (self) @"]],
  ["include_nested_group_pkg_header_foo_override_pkg_bar", ["group1@bar=group_item2"], ["group1/group2/file2 @bar.group2","group1/group_item2 (self) @bar","include_nested_group_pkg_header_foo_override_pkg_bar (self) @"]],
  ["include_nested_group_pkg_header_foo_override_pkg_bar", ["group1/group2@bar.group2=file2"], ["group1/group2/file2 @bar.group2","group1/group_item1_pkg_header_foo (self) @bar","include_nested_group_pkg_header_foo_override_pkg_bar (self) @"]],
  ["group_default", ["+experiment=include_absolute_config"], ["group1/file1 @group1","group_default (self) @","group1/group2/file1 @group1.group2","experiment/include_absolute_config (self) @"]],
  ["placeholder", [], ["placeholder (self) @"]],
  ["placeholder", ["group1=file1"], ["group1/file1 @group1","placeholder (self) @"]],
  ["nested_placeholder", [], ["group1/placeholder (self) @group1","nested_placeholder (self) @"]],
  ["nested_placeholder", ["group1/group2=file1"], ["group1/group2/file1 @group1.group2","group1/placeholder (self) @group1","nested_placeholder (self) @"]],
  ["interpolation_simple", ["group1=file2"], ["group1/file2 @group1","group2/file2 @group2","group1_group2/file2_file2 @group1_group2","interpolation_simple (self) @"]],
  ["interpolation_with_nested_defaults_list", [], ["group1/file1 @group1","group2/file1 @group2","group1_group2/empty1 @group1_group2","group1_group2/file1_file1_with_defaults_list (self) @group1_group2","interpolation_with_nested_defaults_list (self) @"]],
  ["include_nested_group", ["~group1"], ["include_nested_group (self) @"]],
  ["config_with_same_name_as_group", [], ["config_with_same_name_as_group/item @config_with_same_name_as_group","config_with_same_name_as_group (self) @"]],
  ["include_group_with_same_name_as_config", [], ["config_with_same_name_as_group/item @config_with_same_name_as_group","include_group_with_same_name_as_config (self) @"]],
  ["test_extend_from_config_with_same_name_as_group", [], ["config_with_same_name_as_group/item @config_with_same_name_as_group","config_with_same_name_as_group (self) @","test_extend_from_config_with_same_name_as_group (self) @"]],
  ["test_extend_from_group_with_same_name_as_config", [], ["config_with_same_name_as_group/item @config_with_same_name_as_group","test_extend_from_group_with_same_name_as_config (self) @"]],
  ["two_config_items", [], ["group1/file1 @group1","group1/file2 @group1","two_config_items (self) @"]],
];

const ERRORS: [string, string[], string][] = [
  ["error_duplicate_group", [], "group1 appears more than once in the final defaults list"],
  ["error_duplicate_group_nested", [], "group1/group2 appears more than once in the final defaults list"],
  ["group_default", ["+group1=file1"], "group1 appears more than once in the final defaults list"],
  ["self_trailing", ["+group1=file1"], "group1 appears more than once in the final defaults list"],
  ["error_self_pkg1", [], "_self_@PACKAGE is not supported"],
  ["error_changing_group", [], "Multiple values for group1. To override a value use 'override group1: file2'"],
  ["duplicate_self", [], "Duplicate _self_ defined in duplicate_self"],
  ["interpolation_bad_key", [], "Error resolving interpolation '${not_found}', possible interpolation keys: group1"],
  ["include_nested_group", ["~group1=wrong"], "Could not delete 'group1=wrong'. No match in the defaults list"],
  ["empty", ["~group1"], "Could not delete 'group1'. No match in the defaults list"],
  ["empty", ["~group1=abc"], "Could not delete 'group1=abc'. No match in the defaults list"],
  ["empty", ["~group1@pkg1=abc"], "Could not delete 'group1@pkg1=abc'. No match in the defaults list"],
  ["empty", ["+group1=not_found"], "In 'empty': Could not find 'group1/not_found'"],
  ["empty", ["group1=file1"], "Could not override 'group1'. No match in the defaults list."],
  ["empty", ["group1@pkg1=file1"], "Could not override 'group1@pkg1'. No match in the defaults list."],
  ["empty", ["group1/group2=file1"], "Could not override 'group1/group2'. No match in the defaults list."],
  ["error_invalid_override", [], "In 'error_invalid_override': Could not override 'group1'. No match in the defaults list."],
  ["empty", ["+group1=override_invalid"], "In 'group1/override_invalid': Could not override 'group1/group2@group1.foo'."],
  ["empty", ["+group1=override_invalid2"], "In 'group1/override_invalid2': Could not override 'group1/group2'."],
  ["experiment/error_override_without_abs_and_header", [], "In 'experiment/error_override_without_abs_and_header': Could not override 'experiment/group1'. No match in the defaults list."],
  ["experiment/error_override_without_global", [], "In 'experiment/error_override_without_global': Could not override 'group1@experiment.group1'. No match in the defaults list."],
];

test('Hydra test configs are present', () => {
  assert.ok(existsSync(DATA), `missing ${DATA}`);
});

for (const [config, overrides, expected] of LISTS) {
  test(`defaults list of ${config} ${overrides.join(' ')}`.trim(), () => {
    assert.deepEqual(defaultsOf(config, overrides), expected);
  });
}

for (const [config, overrides, message] of ERRORS) {
  test(`${config} ${overrides.join(' ')} fails as Hydra fails`.trim(), () => {
    assert.throws(
      () => defaultsOf(config, overrides),
      (e: unknown) => e instanceof ConfigException && e.error.message.startsWith(message),
    );
  });
}
