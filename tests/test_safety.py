"""Issue 6, point 5: safety. YAML is parsed with safe loaders only and nothing in it
runs as code; rule folders cannot reach files outside themselves through links;
report pages escape every piece of source text, file names included."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from factcheck.cli import main
from factcheck.lexicon.yamlnodes import FastSafeLoader
from factcheck.render import report_html, report_markdown
from factcheck.runs.reporting import build_report

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"
RULE = Path(__file__).resolve().parents[1] / "rules" / "checks" / "FC101-value-conflict.yaml"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """news/ with one article and rules/ with one valid rule file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Microsoft bought 5,000 GPUs.\n", encoding="utf-8")
    (tmp_path / "rules" / "checks").mkdir(parents=True)
    (tmp_path / "rules" / "checks" / "FC101.yaml").write_text(
        RULE.read_text(encoding="utf-8"), encoding="utf-8"
    )
    return tmp_path


def one_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    return err.strip().removeprefix("factcheck: error: ")


# --------------------------------------------------------------------------- YAML

UNSAFE_CALLS = re.compile(
    r"yaml\.(?:load|full_load|unsafe_load|load_all|full_load_all|unsafe_load_all)\("
    r"|\b(?:Full|Unsafe)?Loader\b(?<!SafeLoader)|\beval\(|\bexec\(|\bpickle\b|\bmarshal\b"
)


def test_the_package_parses_yaml_with_safe_loaders_only() -> None:
    """No YAML loader that constructs Python objects, and no eval/exec/pickle anywhere."""
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if UNSAFE_CALLS.search(line) and "SafeLoader" not in line
    ]
    assert offenders == []
    assert FastSafeLoader in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", None))


EXPLOITS = [
    ("!!python/object/apply:os.system", '!!python/object/apply:os.system ["touch pwned"]'),
    (
        "!!python/object/apply:subprocess.call",
        '!!python/object/apply:subprocess.call [["touch", "pwned"]]',
    ),
    ("!!python/object/new:os.system", '!!python/object/new:os.system ["touch pwned"]'),
    ("!!python/name:os.system", "!!python/name:os.system ''"),
    ("!!python/module:os", "!!python/module:os ''"),
]
PLACES = [
    ("checks/FC101.yaml", "severity: {}", "rules/checks/FC101.yaml"),
    ("entities.yaml", "entities:\n  - id: {}\n", "rules/entities.yaml"),
    ("attributes.yaml", "window: {}\nattributes: []\n", "rules/attributes.yaml"),
]


@pytest.mark.parametrize(("tag", "value"), EXPLOITS, ids=[e[0] for e in EXPLOITS])
@pytest.mark.parametrize(("file", "template", "shown"), PLACES, ids=[p[0] for p in PLACES])
def test_python_tags_are_refused_and_never_run(
    workspace: Path,
    capsys: pytest.CaptureFixture[str],
    tag: str,
    value: str,
    file: str,
    template: str,
    shown: str,
) -> None:
    path = workspace / "rules" / file
    if file == "checks/FC101.yaml":
        rule = RULE.read_text(encoding="utf-8")
        content = rule.replace("severity: error", template.format(value))
    else:
        content = template.format(value)
    path.write_text(content, encoding="utf-8")
    error = one_error(capsys, "report", "news", "--rules", "rules")
    assert re.fullmatch(
        rf"{re.escape(shown)}:\d+: (?:\[FC101\] )?unsupported YAML tag {re.escape(tag)}", error
    )
    assert not (workspace / "pwned").exists()


def test_an_alias_bomb_is_refused(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Billion laughs": nine levels of nine aliases would build 10^9 strings."""
    lines = ['a0: &a0 "lol"']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    (workspace / "rules" / "entities.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    error = one_error(capsys, "report", "news", "--rules", "rules")
    assert error.startswith("rules/entities.yaml:")
    assert error.endswith("too many YAML nodes (more than 200000, aliases?)")


# --------------------------------------------------------------------------- paths


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A valid rule file and entity file outside the rules folder."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "FC102.yaml").write_text(
        RULE.read_text(encoding="utf-8").replace("id: FC101", "id: FC102"), encoding="utf-8"
    )
    (folder / "entities.yaml").write_text(
        "entities:\n  - id: X\n    kind: organization\n    aliases: {en: [X]}\n", encoding="utf-8"
    )
    return folder


def test_a_rule_file_linking_out_of_the_rules_folder_is_refused(
    workspace: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace / "rules" / "checks" / "FC102.yaml").symlink_to(outside / "FC102.yaml")
    error = one_error(capsys, "report", "news", "--rules", "rules")
    assert error == "rules/checks/FC102.yaml: links outside the rules folder rules"


def test_a_checks_folder_linking_out_is_refused(
    workspace: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checks = workspace / "rules" / "checks"
    for file in checks.iterdir():
        file.unlink()
    checks.rmdir()
    checks.symlink_to(outside, target_is_directory=True)
    error = one_error(capsys, "report", "news", "--rules", "rules")
    assert error == "rules/checks/FC102.yaml: links outside the rules folder rules"


def test_an_entity_file_linking_out_is_refused(
    workspace: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace / "rules" / "entities.yaml").symlink_to(outside / "entities.yaml")
    error = one_error(capsys, "report", "news", "--rules", "rules")
    assert error == "rules/entities.yaml: links outside the rules folder rules"


def test_links_inside_the_rules_folder_are_fine(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = workspace / "rules" / "shared"
    shared.mkdir()
    (workspace / "rules" / "checks" / "FC101.yaml").rename(shared / "FC101.yaml")
    (workspace / "rules" / "checks" / "FC101.yaml").symlink_to(shared / "FC101.yaml")
    assert main(["report", "news", "--rules", "rules", "--format", "json"]) == 0
    assert '"FC101"' in capsys.readouterr().out


def test_a_rules_folder_that_is_itself_a_link_is_what_the_user_named(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace / "linked-rules").symlink_to(workspace / "rules", target_is_directory=True)
    assert main(["report", "news", "--rules", "linked-rules", "--format", "json"]) == 0
    assert '"FC101"' in capsys.readouterr().out


# --------------------------------------------------------------------------- reports

HOSTILE_TEXT = (
    "<script>alert('text')</script> Microsoft bought 485,000 Nvidia GPUs in 2024. "
    "\"><img src=x onerror=alert(1)> ' onmouseover='alert(2)' </textarea><svg onload=alert(3)> "
    '<a href="javascript:alert(4)">5,000 GPUs</a> & more &lt;b&gt; `x`` <!-- --> ]]>\n'
)
HOSTILE_NAME = 'x"><svg onload=alert(5)><img src=x onerror=alert(6)>.txt'  # no "/" in names
CONFLICT = "Microsoft kaufte im Jahr 2024 rund 50.000 GPUs von Nvidia.\n"


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(CONFLICT, encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x00\x01 binary \x00")  # a skipped file: its reason shows
    return folder


class Tags(HTMLParser):
    """Every element and attribute a browser would build from a page, and the text of
    its inline <style> and <script> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str, str]] = []
        self.inline: dict[str, list[str]] = {"style": [], "script": []}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        if tag in self.inline:
            self._open = tag
            self.inline[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.inline[self._open][-1] += data


def parsed(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    tags.close()
    return tags


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_html_report_runs_nothing_from_its_sources(hostile_folder: Path) -> None:
    data = build_report([hostile_folder], keep_texts=True)
    assert any(c.text == "485,000 Nvidia GPUs" for c in data.claims), "the text is in the report"
    page = report_html.render_report(data)
    tags = parsed(page)
    assert tags.tags.isdisjoint({"img", "svg", "iframe", "object", "embed"})
    # Issue 15 replaced "no script at all" with "only the page's own script": one inline
    # <script> and one <style>, each exactly the package's asset.
    assert tags.inline["script"] == [report_html.asset(report_html.SCRIPT)]
    assert tags.inline["style"] == [report_html.asset(report_html.STYLE)]
    assert [a for a in tags.attributes if a[1].startswith("on")] == []
    assert [a for a in tags.attributes if a[1] in {"style", "src"}] == []
    assert [a for a in tags.attributes if a[1] == "href" and not a[2].startswith("#")] == []
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in page
    assert "x&#34;&gt;&lt;svg onload=alert(5)&gt;&lt;img src=x onerror=alert(6)&gt;.txt" in page
    (hostile_folder / HOSTILE_NAME).write_text(
        "Microsoft bought 485,000 Nvidia GPUs in 2024.\n", encoding="utf-8"
    )
    clean = parsed(report_html.render_report(build_report([hostile_folder], keep_texts=True)))
    assert tags.tags == clean.tags, "the sources added no element of their own"


def test_the_html_report_policy_allows_exactly_its_own_style_and_script(
    hostile_folder: Path,
) -> None:
    tags = parsed(report_html.render_report(build_report([hostile_folder], keep_texts=True)))
    policies = [
        value
        for tag, name, value in tags.attributes
        if tag == "meta" and name == "content" and "default-src" in value
    ]
    assert len(policies) == 1
    directives = dict(part.strip().split(" ", 1) for part in policies[0].split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["style-src"] == sha256_source(tags.inline["style"][0])
    assert directives["script-src"] == sha256_source(tags.inline["script"][0])
    assert directives["img-src"] == "data:"
    assert "unsafe" not in policies[0]


def test_the_markdown_report_renders_no_html_from_its_sources(hostile_folder: Path) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    data = build_report([hostile_folder], keep_texts=True)
    rendered = (
        markdown_it.MarkdownIt("commonmark")
        .enable("table")
        .render(report_markdown.render_report(data))
    )
    tags = parsed(rendered)
    assert tags.tags.isdisjoint({"script", "img", "svg", "iframe", "object", "embed", "a"})
    assert [a for a in tags.attributes if a[1].startswith("on")] == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [("plain.txt", "`plain.txt`"), ("a`b.txt", "`` a`b.txt ``"), ("a``b.txt", "``` a``b.txt ```")],
)
def test_markdown_code_spans_cannot_be_closed_by_a_file_name(name: str, expected: str) -> None:
    assert report_markdown.code(name) == expected
