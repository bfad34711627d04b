"""A finding of the reviu and the whole result (:class:`Reviu`): findings, counts and coverage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field

from lkj_tui.core.record import FACTORY, record
from lkj_tui.core.reviu.catalog import CHECKS, SEVERITIES, CheckInfo, Severity


@record
class Finding:
    """One finding: which check, how serious, on which node (None: the report), what it says in
    both languages, and the figures it names (printed text or Indonesian numbers)."""

    check: str
    severity: Severity
    node: str | None
    message_id: str
    message_en: str
    figures: Mapping[str, str] = field(default_factory=dict)

    def __init__(
        self,
        check: str,
        severity: Severity,
        node: str | None,
        message_id: str,
        message_en: str,
        figures: Mapping[str, str] = FACTORY,
    ) -> None:
        vars(self).update(
            check=check,
            severity=severity,
            node=node,
            message_id=message_id,
            message_en=message_en,
            figures={} if figures is FACTORY else figures,
        )

    @property
    def info(self) -> CheckInfo:
        return CHECKS[self.check]

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id


def make(
    check: str,
    node: str | None,
    message: tuple[str, str],
    figures: Mapping[str, str] | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding of ``check`` (its default severity unless given)."""
    info = CHECKS[check]
    return Finding(
        check, severity or info.severity, node, message[0], message[1], dict(figures or {})
    )


#: The LKj content items whose coverage over the IKU is counted (PermenPAN-RB 53/2014, Bab III).
COVERAGE_ITEMS: dict[str, tuple[str, str]] = {
    "tahun_lalu": ("perbandingan dengan tahun lalu", "comparison with last year"),
    "renstra": ("perbandingan dengan target Renstra", "comparison with the Renstra target"),
    "analisis": ("analisis (permasalahan dan solusi)", "analysis (problems and solutions)"),
    "anggaran": ("anggaran", "budget"),
}


@record
class Reviu:
    """Every finding of one report in report order, and the coverage per LKj content item."""

    findings: tuple[Finding, ...]
    iku: int  # IKU counted for the coverage
    coverage: Mapping[str, int] = field(default_factory=dict)  # item → IKU that have it

    def __init__(
        self, findings: tuple[Finding, ...], iku: int, coverage: Mapping[str, int] = FACTORY
    ) -> None:
        vars(self).update(
            findings=findings, iku=iku, coverage={} if coverage is FACTORY else coverage
        )

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for f in self.findings:
            out[f.severity] += 1
        return out

    def of(self, node_id: str) -> list[Finding]:
        return [f for f in self.findings if f.node == node_id]

    def by_node(self) -> dict[str | None, list[Finding]]:
        out: dict[str | None, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.node, []).append(f)
        return out

    def filtered(self, least: Severity) -> Reviu:
        """Only the findings at ``least`` severity or more serious."""
        keep = SEVERITIES[: SEVERITIES.index(least) + 1]
        return Reviu(tuple(f for f in self.findings if f.severity in keep), self.iku, self.coverage)
