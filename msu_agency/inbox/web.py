"""The agency staff's web page, served by the inbox: by oblast and rayon, who submitted, who is
late, who is missing, which packages were refused and why; the consolidated xlsx/pdf; accept a
package or return it with comments per measure. Kyrgyz and Russian (``?lang=ky|ru``).

Login with Argon2id-hashed passwords (:mod:`.staff`), a session cookie (HttpOnly,
SameSite=Strict) that expires, and a CSRF token checked on every form.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import tempfile
import urllib.parse
from collections import defaultdict
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from msu_agency.collect import Collected, DirectoryEntry, plans_by_id
from msu_agency.config import plans_for_inbox
from msu_agency.inbox.pages import (
    COOKIE,
    TEMPLATES,
    Ctx,
    PageSite,
    _e,
    _form,
    _lang,
    _page,
    _when,
    csrf_field,
    done_note,
    done_redirect,
    download,
    forbidden,
    staff_form,
    staff_page,
)
from msu_agency.inbox.staff import Staff
from msu_agency.inbox.staff_accounts import AccountPages
from msu_agency.inbox.staff_plan import PlanPages
from msu_agency.inbox.store import Inbox, Stored, check_package
from msu_desktop.domain.deadline import LATE, MISSING, in_bishkek, judge, period_deadline
from msu_desktop.errors import UserError
from msu_desktop.i18n import pick, tr
from msu_desktop.services.labels import period_name

PERIOD_RE = re.compile(r"^20[0-9]{2}-H[12]$")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")


class StaffSite(PageSite):
    """The staff's pages; each route a method, each page through :meth:`render`."""

    def no_package(self, ctx: Ctx) -> Stored | Response:
        sha = str(ctx.request.path_params["sha256"]).lower()
        stored = self.inbox.get(sha) if SHA_RE.match(sha) else None
        if stored is None:
            return HTMLResponse(_e(tr("Staff", "No such package.", ctx.lang)), status_code=404)
        return stored

    # --- login -----------------------------------------------------------------------------
    async def login_form(self, request: Request) -> Response:
        lang = _lang(request)
        csrf = request.cookies.get("login_csrf") or secrets.token_urlsafe(24)
        failed = request.query_params.get("failed")
        body = (
            (
                f'<p class="late" id="login-error">{_e(tr("Staff", "Wrong login or password.", lang))}</p>'
                if failed
                else ""
            )
            + f"""<form method="post" action="/staff/login">{csrf_field(csrf)}
<p><label>{_e(tr("Staff", "Login", lang))} <input name="username" id="username" autocomplete="username"></label></p>
<p><label>{_e(tr("Staff", "Password", lang))} <input name="password" id="password" type="password" autocomplete="current-password"></label></p>
<p><button id="login">{_e(tr("Staff", "Log in", lang))}</button></p></form>"""
        )
        response = _page(lang, tr("Staff", "The agency's inbox: staff login", lang), body)
        response.set_cookie("login_csrf", csrf, httponly=True, samesite="strict")
        return response

    async def login(self, request: Request) -> Response:
        lang = _lang(request)
        form = await _form(request)
        if not form.get("csrf") or form.get("csrf") != request.cookies.get("login_csrf"):
            return forbidden(lang)
        result = await run_in_threadpool(
            self.staff.login,
            form.get("username", ""),
            form.get("password", ""),
            request.client.host if request.client else "",
        )
        if result is None:
            return RedirectResponse("/staff/login?failed=1", status_code=303)
        token, _session = result
        response = RedirectResponse("/staff/", status_code=303)
        response.set_cookie(
            COOKIE,
            token,
            max_age=int(self.staff.lifetime.total_seconds()),
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https"
            or request.headers.get("x-forwarded-proto") == "https",
        )
        response.delete_cookie("login_csrf")
        return response

    async def _logout(self, ctx: Ctx) -> Response:
        self.staff.logout(ctx.request.cookies.get(COOKIE, ""))
        response = RedirectResponse("/staff/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    logout = staff_form(_logout)

    # --- the dashboard ---------------------------------------------------------------------
    def latest(self, period: str) -> dict[str, Stored]:
        out: dict[str, Stored] = {}
        for st in self.inbox.all(period):
            if st.soate not in out or st.sequence > out[st.soate].sequence:
                out[st.soate] = st
        return out

    @staticmethod
    def state_label(st: Stored, lang: str) -> str:
        return {
            "received": tr("Staff", "received, waiting for a decision", lang),
            "accepted": tr("Staff", "accepted", lang),
            "returned": tr("Staff", "returned for correction", lang),
        }.get(st.state, st.state)

    @staticmethod
    def bad_period(lang: str) -> Response:
        text = tr("Staff", "This is not a reporting period (write it as 2021-H2).", lang)
        return _page(
            lang, tr("Staff", "Not a period", lang), f'<p id="error">{_e(text)}</p>', status=400
        )

    def _groups(
        self, period: str, rows: dict[str, Stored]
    ) -> dict[tuple[str, str], list[DirectoryEntry]]:
        """The municipalities by oblast and rayon: the directory valid then, and any sender
        the directory does not know."""
        from msu_agency.collect import entries_for_period  # the directory valid then (issue 25)

        known = {d.soate for d in self.directory}
        entries = (
            entries_for_period(self.directory, period) if period else list(self.directory)
        ) + [DirectoryEntry(code, code, "—", "—") for code in rows if code not in known]
        groups: dict[tuple[str, str], list[DirectoryEntry]] = defaultdict(list)
        for entry in entries:
            groups[(entry.oblast or "—", entry.rayon or "—")].append(entry)
        return groups

    def _verdict_cell(
        self,
        st: Stored | None,
        due: dt.date | None,
        now: dt.datetime,
        lang: str,
        counts: dict[str, int],
    ) -> str:
        """One municipality's state cell: on time, late or missing, by the one deadline rule
        (no period yet, before the first package: nothing is judged)."""
        if st is None or due is None:
            late = due is not None and judge(due, None, now).verdict == MISSING
            counts["missing"] += 1
            counts["late"] += int(late)
            cls = "late" if late else "missing"
            text = (
                tr("Staff", "missing, late", lang)
                if late
                else tr("Staff", "not yet submitted", lang)
            )
            return f'<td class="{cls}">{_e(text)}</td><td></td>'
        counts["submitted"] += 1
        received = in_bishkek(st.receipt.received_at)
        late = judge(due, received, now).verdict == LATE
        counts["late"] += int(late)
        when = received.strftime("%d.%m.%Y %H:%M")
        cls = "late" if late else "ok"
        tag = f" — {_e(tr('Staff', 'late', lang))}" if late else ""
        return (
            f'<td class="{cls}">{_e(self.state_label(st, lang))}{tag}</td>'
            f'<td><a href="/staff/package/{st.sha256}">#{st.sequence} · {_e(when)}</a></td>'
        )

    def _others(self, period: str, lang: str) -> str:
        """Below the table: refused uploads, the unverified count, held packages, links."""
        refusals = [r for r in self.inbox.refusals() if r[1] == period or not r[1]]
        unverified = self.inbox.unverified_refusals()
        unverified_html = _e(
            tr(
                "Staff",
                "Refused uploads from unverified senders (counted, not listed): %n",
                lang,
                n=sum(n for _day, _code, n in unverified),
            )
        )
        held = self.inbox.all_held()
        held_html = (
            f'<p id="held"><a href="/staff/keys">{_e(tr("Staff", "Packages held until a key is confirmed: %n", lang, n=len(held)))}</a></p>'
            if held
            else ""
        )
        refused_html = "".join(
            f"<tr><td>{_e(r[0] or '—')}</td><td>{_e(r[2])}</td><td>{_e(r[3])}</td><td>{_e(r[4])}</td></tr>"
            for r in refusals
        )
        return f"""<h2>{_e(tr("Staff", "Refused uploads and why", lang))}</h2>
<table id="refusals"><tr><th>СОАТЕ</th><th>{_e(tr("Staff", "Code", lang))}</th><th>{_e(tr("Staff", "Reason", lang))}</th><th>{_e(tr("Staff", "Time", lang))}</th></tr>{refused_html}</table>
<p id="unverified">{unverified_html}</p>{held_html}
<p><a id="keys" href="/staff/keys">{_e(tr("Staff", "Municipalities' keys", lang))}</a> ·
<a id="plan-link" href="/staff/plan">{_e(tr("Staff", "Publish a programme", lang))}</a> ·
<a id="accounts-link" href="/staff/accounts">{_e(tr("Staff", "Staff accounts", lang))}</a> ·
<a id="predecessors-link" href="/staff/predecessors">{_e(tr("Staff", "Merged municipalities and their former ones", lang))}</a></p>"""

    async def _dashboard(self, ctx: Ctx) -> Response:
        lang, query = ctx.lang, ctx.request.query_params
        asked = query.get("period")
        if asked and not PERIOD_RE.match(asked):
            return self.bad_period(lang)
        periods = sorted({st.period for st in self.inbox.all()})
        period = asked or (periods[-1] if periods else "")
        if period and period not in periods:
            periods.append(period)
        rows = self.latest(period) if period else {}
        plans = plans_for_inbox(self.inbox.folder)
        due = period_deadline(plans, period) if period else None  # nothing received yet
        now = self.inbox.clock()
        options = "".join(
            f'<option value="{_e(p)}"{" selected" if p == period else ""}>{_e(period_name(p, lang))}</option>'
            for p in periods
        )
        counts = {"submitted": 0, "late": 0, "missing": 0}
        table = []
        for (oblast, rayon), members in sorted(self._groups(period, rows).items()):
            table.append(f'<tr><th colspan="4">{_e(oblast)} — {_e(rayon)}</th></tr>')
            for entry in sorted(members, key=lambda e: e.name):
                cell = self._verdict_cell(rows.get(entry.soate), due, now, lang, counts)
                table.append(
                    f'<tr data-soate="{_e(entry.soate)}"><td>{_e(entry.name)}</td><td>{_e(entry.soate)}</td>{cell}</tr>'
                )
        q = urllib.parse.urlencode({"period": period, "lang": lang})
        body = f"""<form method="get"><label>{_e(tr("Staff", "Period", lang))}
<select name="period" id="period">{options}</select></label> <button>{_e(tr("Staff", "Show", lang))}</button></form>
<p id="counts">{_e(tr("Staff", "Submitted: {s} · late: {l} · missing: {m}", lang, s=counts["submitted"], l=counts["late"], m=counts["missing"]))}</p>
<p><a id="xlsx" href="/staff/consolidated.xlsx?{q}">{_e(tr("Staff", "Consolidated report (xlsx)", lang))}</a> ·
<a id="pdf" href="/staff/consolidated.pdf?{q}">{_e(tr("Staff", "Consolidated report (PDF)", lang))}</a></p>
<table id="municipalities"><tr><th>{_e(tr("Staff", "Municipality", lang))}</th><th>СОАТЕ</th>
<th>{_e(tr("Staff", "State", lang))}</th><th>{_e(tr("Staff", "Package", lang))}</th></tr>{"".join(table)}</table>
{self._others(period, lang)}"""
        return self.render(ctx, tr("Staff", "Reports received by the agency", lang), body)

    dashboard = staff_page(_dashboard)

    # --- one package -------------------------------------------------------------------------
    async def _package_view(self, ctx: Ctx) -> Response:
        stored = self.no_package(ctx)
        if not isinstance(stored, Stored):
            return stored
        body = await run_in_threadpool(self.review_page, stored, ctx.lang, ctx.session.csrf)
        return self.render(ctx, tr("Staff", "Package of a municipality", ctx.lang), body)

    package_view = staff_page(_package_view)

    def _diff_table(self, stored: Stored, pkg: Any, rules: Any, lang: str) -> tuple[str, str]:
        """What a corrected package replaces, and what changed since."""
        previous = self.inbox.previous(stored)
        if previous is None:
            return "", ""
        replaces = (
            f'<p id="replaces">{_e(tr("Staff", "This corrected package replaces", lang))} '
            f'<a href="/staff/package/{previous.sha256}">#{previous.sequence}</a></p>'
        )
        changes = _diff(check_package(previous.path).data, pkg.data, rules, lang)
        items = (
            "".join(
                f"<tr><td>{_e(c)}</td><td>{_e(w)}</td><td>{_e(a)}</td><td>{_e(b)}</td></tr>"
                for c, w, a, b in changes
            )
            or f'<tr><td colspan="4">{_e(tr("Staff", "No value changed.", lang))}</td></tr>'
        )
        diff = (
            f"<h2>{_e(tr('Staff', 'What changed since #{seq}', lang, seq=previous.sequence))}</h2>"
            f'<table id="diff"><tr><th>№</th><th>{_e(tr("Staff", "Value", lang))}</th>'
            f"<th>{_e(tr('Staff', 'Before', lang))}</th><th>{_e(tr('Staff', 'Now', lang))}</th></tr>"
            f"{items}</table>"
        )
        return replaces, diff

    def _history(self, stored: Stored, lang: str) -> str:
        words = {
            "accepted": tr("Staff", "accepted", lang),
            "returned": tr("Staff", "returned for correction", lang),
        }
        return "".join(
            f"<tr><td>{_e(_when(when))}</td><td>{_e(who or '—')}</td><td>#{seq} {_e(words.get(what, what))}"
            + "".join(f"<br>{_e(code)}: {_e(text)}" for code, text in json.loads(comments).items())
            + (f"<br>{_e(note)}" if note else "")
            + "</td></tr>"
            for _sha, seq, what, who, when, comments, note in self.inbox.history(
                stored.soate, stored.period
            )
        )

    def review_page(self, stored: Stored, lang: str, csrf: str) -> str:
        """The review of one package, filled into templates/package.html."""
        pkg = check_package(stored.path)
        rules = self._rules(pkg.data)
        measures = [m for m in pkg.data.get("measures", []) if isinstance(m, dict)]
        shown = stored.decision.comments if stored.decision is not None else {}
        rows = "".join(_row(m, rules, lang, shown.get(str(m.get("code")), "")) for m in measures)
        decision = ""
        if stored.decision is not None:
            decision = (
                f'<p id="decision">{_e(self.state_label(stored, lang))}: '
                f"{_e(_when(stored.decision.decided))}"
                + (f" — {_e(stored.decision.note)}" if stored.decision.note else "")
                + "</p>"
            )
        replaces, diff = self._diff_table(stored, pkg, rules, lang)
        return TEMPLATES.read("package.html").substitute(
            period=_e(stored.period),
            name=_e(pick(pkg.manifest["municipality"].get("name"), lang)),
            soate=_e(stored.soate),
            period_name=_e(period_name(stored.period, lang)),
            sequence=stored.sequence,
            state=_e(self.state_label(stored, lang)),
            decision=decision,
            replaces=replaces,
            sha=stored.sha256,
            pdf_label=_e(tr("Staff", "The report as PDF", lang)),
            created_label=_e(tr("Staff", "Created", lang)),
            created=_e(_when(str(pkg.manifest.get("created", "")))),
            received_label=_e(tr("Staff", "Received", lang)),
            received=_e(_when(stored.received)),
            h_measure=_e(tr("Staff", "Measure", lang)),
            h_status=_e(tr("Staff", "Status", lang)),
            h_done=_e(tr("Staff", "What was done", lang)),
            h_indicators=_e(tr("Staff", "Indicators", lang)),
            h_money=_e(tr("Staff", "Money by source, som", lang)),
            h_dates=_e(tr("Staff", "Dates", lang)),
            h_evidence=_e(tr("Staff", "Confirming document and evidence", lang)),
            h_comment=_e(tr("Staff", "Comment of the agency", lang)),
            rows=rows,
            diff=diff,
            csrf=_e(csrf),
            l_note=_e(tr("Staff", "Comment on the whole report", lang)),
            note=_e(stored.decision.note if stored.decision is not None else ""),
            l_return=_e(tr("Staff", "Return for correction", lang)),
            l_accept=_e(tr("Staff", "Accept", lang)),
            h_history=_e(tr("Staff", "Decisions", lang)),
            h_when=_e(tr("Staff", "When", lang)),
            h_who=_e(tr("Staff", "Who", lang)),
            h_what=_e(tr("Staff", "What", lang)),
            history=self._history(stored, lang),
        )

    def _rules(self, data: Any) -> Any:
        from msu_desktop.services.report.rules import rules_for

        plan_ref = data.get("plan") if isinstance(data, dict) else None
        plan = self.inbox.plans.get(str(plan_ref.get("id"))) if isinstance(plan_ref, dict) else None
        try:
            return rules_for(plan) if plan is not None else None
        except UserError:
            return None

    async def _report_pdf(self, ctx: Ctx) -> Response:
        stored = self.no_package(ctx)
        if not isinstance(stored, Stored):
            return stored

        def read() -> bytes | None:
            from msu_exchange.safe_zip import open_archive

            with open_archive(stored.path) as z:
                name = next((n for n in z.names() if n.lower().endswith(".pdf")), None)
                return z.read(name, limit=64 * 1024 * 1024) if name else None

        data = await run_in_threadpool(read)
        if data is None:
            return HTMLResponse(_e(tr("Staff", "No such package.", ctx.lang)), status_code=404)
        return Response(
            data,
            media_type="application/pdf",
            headers={"Content-Disposition": "inline; filename=report.pdf"},
        )

    report_pdf = staff_page(_report_pdf)

    def _confirm_decision(self, ctx: Ctx, sha: str, comments: dict[str, str]) -> Response:
        """One click never decides: say what will happen, then confirm."""
        lang, form = ctx.lang, ctx.form
        accepting = form.get("decision") == "accepted"
        question = (
            tr("Staff", "Accept this package? The municipality will be told.", lang)
            if accepting
            else tr(
                "Staff",
                "Return this package for correction with these comments? The "
                "municipality will be told.",
                lang,
            )
        )
        summary = "".join(
            f"<li>{_e(code)}: {_e(text)}</li>" for code, text in sorted(comments.items())
        )
        if form.get("note", "").strip():
            summary += f"<li>{_e(form['note'])}</li>"
        hidden = "".join(
            f'<input type="hidden" name="{_e(k)}" value="{_e(v)}">'
            for k, v in form.items()
            if k in ("csrf", "decision", "note") or (k.startswith("c_") and v.strip())
        )
        body = TEMPLATES.read("confirm.html").substitute(
            question=_e(question),
            summary=f'<ul id="summary">{summary}</ul>' if summary and not accepting else "",
            sha=_e(sha),
            hidden=hidden,
            yes=_e(tr("Staff", "Yes, decide", lang)),
            no=_e(tr("Staff", "Back to the package", lang)),
        )
        return self.render(ctx, tr("Staff", "Confirm the decision", lang), body)

    async def _decide(self, ctx: Ctx) -> Response:
        form = ctx.form
        sha = str(ctx.request.path_params["sha256"]).lower()
        comments = {k[2:]: v for k, v in form.items() if k.startswith("c_") and v.strip()}
        if form.get("confirmed") != "yes":
            return self._confirm_decision(ctx, sha, comments)
        what = "accepted" if form.get("decision") == "accepted" else "returned"
        try:
            await run_in_threadpool(
                lambda: self.inbox.decide(
                    sha,
                    what,
                    comments=comments,
                    note=form.get("note", ""),
                    staff=ctx.session.username,
                )
            )
        except UserError as exc:
            return self.not_saved(ctx, exc, f"/staff/package/{sha}", status=200)
        stored = self.inbox.get(sha)
        self.log(ctx, what, f"{stored.soate} {stored.period} #{stored.sequence}" if stored else sha)
        return RedirectResponse(f"/staff/package/{sha}", status_code=303)

    decide = staff_form(_decide)

    # --- the consolidated report -----------------------------------------------------------
    def collected(self, period: str) -> Collected:
        plans = plans_by_id(plans_for_inbox(self.inbox.folder))
        result = Collected(plans=plans, now=self.inbox.clock(), agency=self.inbox.agency)
        for soate, st in self.latest(period).items():
            if st.state in ("received", "accepted"):
                pkg = check_package(st.path)
                result.accepted[(soate, period)] = pkg
                result.received[pkg.path] = st.receipt.received_at  # the agency's receipt
        return result

    async def _consolidated(self, ctx: Ctx) -> Response:
        lang = ctx.lang
        period = ctx.request.query_params.get("period", "")
        kind = str(ctx.request.path_params["kind"])
        if not period or kind not in ("xlsx", "pdf"):
            return HTMLResponse(_e(tr("Staff", "Choose a period.", lang)), status_code=400)
        if not PERIOD_RE.match(period):
            return self.bad_period(lang)

        def build() -> bytes:
            from msu_agency.report import write_consolidated_pdf, write_consolidated_xlsx

            result = self.collected(period)
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / f"consolidated.{kind}"
                if kind == "xlsx":
                    write_consolidated_xlsx(result, out, lang, period, self.directory or None)
                else:
                    write_consolidated_pdf(result, out, lang, period, self.directory or None)
                return out.read_bytes()

        data = await run_in_threadpool(build)
        return download(data, f"consolidated_{period}.{kind}")

    consolidated = staff_page(_consolidated)

    # --- the municipalities' keys ----------------------------------------------------------
    def _pending_rows(self, registry: Any, held: list[Any], lang: str) -> str:
        names = {d.soate: d.name for d in self.directory}
        rows = []
        for soate in sorted(set(registry.pending) | set(registry.expected)):
            current_key = registry.keys.get(soate, {}).get("fingerprint", "—")
            waiting = sum(1 for h in held if h.soate == soate)
            who = f'<tr data-soate="{_e(soate)}"><td>{_e(names.get(soate, ""))} {_e(soate)}</td><td class="fp">{_e(current_key)}</td>'
            for p in registry.pending_for(soate):
                owner = registry.other_owner_of(p.key, soate)
                note = (
                    ""
                    if owner is None
                    else '<br><span class="predecessor">{}</span>'.format(
                        _e(
                            tr(
                                "Staff",
                                "the key of the former {name} {code}: confirming moves it here",
                                lang,
                                name=names.get(owner, ""),
                                code=owner,
                            )
                        )
                    )
                )
                rows.append(
                    f'{who}<td class="fp new">{_e(p.fingerprint)}{note}</td><td>{waiting}</td></tr>'
                )
            if soate in registry.expected:
                expected = tr(
                    "Staff",
                    "expected: {fp}",
                    lang,
                    fp=registry.expected[soate].get("fingerprint", ""),
                )
                rows.append(f"{who}<td>{_e(expected)}</td><td>{waiting}</td></tr>")
        return "".join(rows)

    async def _keys_page(self, ctx: Ctx) -> Response:
        lang = ctx.lang
        registry = await run_in_threadpool(self.inbox.key_registry)
        held = await run_in_threadpool(self.inbox.all_held)
        names = {d.soate: d.name for d in self.directory}
        registered = "".join(
            f'<tr><td>{_e(names.get(s, ""))} {_e(s)}</td><td class="fp">{_e(e.get("fingerprint", ""))}</td><td>{_e(e.get("registered", ""))}</td></tr>'
            for s, e in sorted(registry.keys.items())
        )
        body = f"""<p><a href="/staff/">←</a></p>{done_note(ctx)}
<h2>{_e(tr("Staff", "Keys waiting for confirmation", lang))}</h2>
<table id="pending"><tr><th>{_e(tr("Staff", "Municipality", lang))}</th><th>{_e(tr("Staff", "Registered key", lang))}</th>
<th>{_e(tr("Staff", "New key (not confirmed)", lang))}</th><th>{_e(tr("Staff", "Packages held", lang))}</th></tr>{self._pending_rows(registry, held, lang)}</table>
<h2>{_e(tr("Staff", "Confirm a key from the stamped paper", lang))}</h2>
<p>{_e(tr("Staff", "Type the fingerprint exactly as printed on the municipality's stamped paper report. It is compared with the keys that signed its packages; before any package arrived, it is recorded as expected.", lang))}</p>
<form method="post" action="/staff/keys/confirm">{csrf_field(ctx.session.csrf)}
<label>СОАТЕ <input name="soate" id="soate"></label>
<label>{_e(tr("Staff", "Fingerprint", lang))} <input name="fingerprint" id="fingerprint" size="45"></label>
<button id="confirm-key">{_e(tr("Staff", "Confirm", lang))}</button></form>
<h2>{_e(tr("Staff", "Registered keys", lang))}</h2><table id="registered">{registered}</table>"""
        return self.render(ctx, tr("Staff", "Municipalities' keys", lang), body)

    keys_page = staff_page(_keys_page)

    async def _confirm_key(self, ctx: Ctx) -> Response:
        lang, form = ctx.lang, ctx.form
        soate = form.get("soate", "").strip()

        def confirm() -> Any:
            from msu_agency.registry import locked

            if not soate.isdigit() or not 8 <= len(soate) <= 14:
                raise UserError("This is not a СОАТЕ code.", context="Staff")
            with locked(self.inbox.registry_path) as registry:
                key = registry.confirm(soate, form.get("fingerprint", ""), expect_if_unseen=True)
            self.inbox.release_confirmed(force=True)
            return key

        try:
            key = await run_in_threadpool(confirm)
        except UserError as exc:
            return self.not_saved(ctx, exc, "/staff/keys")
        self.log(ctx, "key", f"{soate} {form.get('fingerprint', '').strip()}")
        done = (
            tr("Staff", "Expected: the first package signed with this key will be trusted.", lang)
            if key is None
            else tr("Staff", "Confirmed; the held packages got their receipts.", lang)
        )
        return done_redirect("/staff/keys", done)

    confirm_key = staff_form(_confirm_key)

    def routes(self) -> list[Route]:
        return [
            Route("/staff/keys", self.keys_page, methods=["GET"]),
            Route("/staff/keys/confirm", self.confirm_key, methods=["POST"]),
            Route("/staff/login", self.login_form, methods=["GET"]),
            Route("/staff/login", self.login, methods=["POST"]),
            Route("/staff/logout", self.logout, methods=["POST"]),
            Route("/staff/", self.dashboard, methods=["GET"]),
            Route("/staff/package/{sha256}", self.package_view, methods=["GET"]),
            Route("/staff/package/{sha256}/report.pdf", self.report_pdf, methods=["GET"]),
            Route("/staff/package/{sha256}/decide", self.decide, methods=["POST"]),
            Route("/staff/consolidated.{kind}", self.consolidated, methods=["GET"]),
        ]


def _status(rules: Any, status: Any, lang: str) -> str:
    d = rules.status(str(status)) if rules is not None else None
    return pick(d.label, lang) if d else str(status or "—")


def _row(m: dict[str, Any], rules: Any, lang: str, comment: str) -> str:
    code = str(m.get("code", ""))
    indicators = "".join(
        f"<div>{_e(k)}: {_e(v)}</div>" for k, v in (m.get("indicators") or {}).items()
    )
    money = "".join(f"<div>{_e(k)}: {_e(v)}</div>" for k, v in (m.get("money") or {}).items())
    if m.get("money"):
        money += f"<div><b>Σ {_e(m.get('money_total', ''))}</b></div>"
    dates = " – ".join(_e(d) for d in (m.get("start_date"), m.get("end_date")) if d)
    evidence = _e(m.get("evidence") or "") + "".join(
        f"<div>📎 {_e(a.get('name', ''))}</div>"
        for a in (m.get("attachments") or [])
        if isinstance(a, dict)
    )
    return (
        f'<tr data-code="{_e(code)}"><td>{_e(code)}</td><td>{_e(pick(m.get("title"), lang))}</td>'
        f'<td class="status">{_e(_status(rules, m.get("status"), lang))}</td>'
        f"<td>{_e(m.get('done') or '')}</td><td>{indicators}</td><td>{money}</td>"
        f"<td>{dates}</td><td>{evidence}</td>"
        f'<td><textarea form="return" name="c_{_e(code)}" id="c_{_e(code)}" rows="2">'
        f"{_e(comment)}</textarea></td></tr>"
    )


def _diff(
    old: dict[str, Any], new: dict[str, Any], rules: Any, lang: str
) -> list[tuple[str, str, str, str]]:
    before = {str(m.get("code")): m for m in old.get("measures", []) if isinstance(m, dict)}
    out = []
    for m in new.get("measures", []):
        if not isinstance(m, dict):
            continue
        code = str(m.get("code"))
        was = before.get(code, {})
        for field, label in (
            ("status", tr("Staff", "Status", lang)),
            ("done", tr("Staff", "What was done", lang)),
            ("money_total", tr("Staff", "Money, total", lang)),
            ("evidence", tr("Staff", "Evidence", lang)),
        ):
            a, b = was.get(field), m.get(field)
            if a != b:
                if field == "status":
                    a, b = _status(rules, a, lang), _status(rules, b, lang)
                out.append((code, label, str(a or "—"), str(b or "—")))
        for group in ("indicators", "money"):
            olds, news = was.get(group) or {}, m.get(group) or {}
            for key in sorted(set(olds) | set(news)):
                if olds.get(key) != news.get(key):
                    out.append((code, key, str(olds.get(key, "—")), str(news.get(key, "—"))))
    return out


def staff_routes(inbox: Inbox, staff: Staff, directory: list[DirectoryEntry]) -> list[Route]:
    """Every staff page: the reports, the keys, publishing a plan and the staff accounts."""
    site = StaffSite(inbox, staff, directory)
    return [*site.routes(), *PlanPages(site).routes(), *AccountPages(site).routes()]
