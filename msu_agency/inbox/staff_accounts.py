"""``/staff/accounts``: the staff accounts (list, add, remove, reset a password -- a new
password is shown once, to be handed over) and the log of who did what. Every account may
manage the others; nobody removes their own account, and the last account stays."""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import Route

from msu_agency.inbox.pages import (
    Ctx,
    PageSite,
    _e,
    _when,
    csrf_field,
    done_note,
    done_redirect,
    staff_form,
    staff_page,
)
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr


def action_words(action: str, lang: str) -> str:
    return {
        "login": tr("Staff", "logged in", lang),
        "accepted": tr("Staff", "accepted a package", lang),
        "returned": tr("Staff", "returned a package", lang),
        "key": tr("Staff", "confirmed a key", lang),
        "plan-published": tr("Staff", "published a plan", lang),
        "account-added": tr("Staff", "added an account", lang),
        "account-removed": tr("Staff", "removed an account", lang),
        "password-reset": tr("Staff", "reset a password", lang),
    }.get(action, action)


class AccountPages:
    def __init__(self, site: PageSite) -> None:
        self.site = site
        self.staff = site.staff

    def _button(self, ctx: Ctx, action: str, login: str, label: str) -> str:
        return (
            f'<form method="post" action="/staff/accounts/{action}" class="inline">'
            f'{csrf_field(ctx.session.csrf)}<input type="hidden" name="username" value="{_e(login)}">'
            f'<button id="{action}-{_e(login)}">{_e(label)}</button></form>'
        )

    async def _list(self, ctx: Ctx) -> Response:
        lang = ctx.lang
        rows = "".join(
            f'<tr data-login="{_e(login)}"><td>{_e(login)}</td><td>{_e(name)}</td><td>'
            + self._button(ctx, "reset", login, tr("Staff", "New password", lang))
            + " "
            + self._button(ctx, "remove", login, tr("Staff", "Remove", lang))
            + "</td></tr>"
            for login, name in self.staff.accounts()
        )
        log = "".join(
            f"<tr><td>{_e(_when(e.at))}</td><td>{_e(e.username)}</td>"
            f"<td>{_e(action_words(e.action, lang))}</td><td>{_e(e.detail)}</td></tr>"
            for e in self.staff.entries()
        )
        body = f"""<p><a href="/staff/">←</a></p>{done_note(ctx)}
<table id="accounts"><tr><th>{_e(tr("Staff", "Login", lang))}</th><th>{_e(tr("Staff", "Name", lang))}</th><th></th></tr>{rows}</table>
<h2>{_e(tr("Staff", "Add an account", lang))}</h2>
<form method="post" action="/staff/accounts/add">{csrf_field(ctx.session.csrf)}
<label>{_e(tr("Staff", "Login", lang))} <input name="username" id="new-login"></label>
<label>{_e(tr("Staff", "Name", lang))} <input name="name" id="new-name" size="40"></label>
<button id="add-account">{_e(tr("Staff", "Add", lang))}</button></form>
<h2>{_e(tr("Staff", "Who did what", lang))}</h2>
<table id="log"><tr><th>{_e(tr("Staff", "When", lang))}</th><th>{_e(tr("Staff", "Who", lang))}</th><th>{_e(tr("Staff", "What", lang))}</th><th></th></tr>{log}</table>"""
        return self.site.render(ctx, tr("Staff", "Staff accounts", lang), body)

    list_page = staff_page(_list)

    def _password_shown(self, ctx: Ctx, login: str, password: str) -> Response:
        """A new password, shown this once: it is not kept anywhere readable."""
        lang = ctx.lang
        body = (
            f'<p><a href="/staff/accounts">←</a></p>'
            f"<p>{_e(tr('Staff', 'The password of {login}, shown only now; hand it over in person:', lang, login=login))}</p>"
            f'<p><code id="new-password">{_e(password)}</code></p>'
        )
        return self.site.render(ctx, tr("Staff", "New password", lang), body)

    async def _change(self, ctx: Ctx) -> Response:
        action = str(ctx.request.path_params["action"])
        login, me = ctx.form.get("username", ""), ctx.session.username
        try:
            if action == "add":
                password = self.staff.create(login, ctx.form.get("name", ""), me)
            elif action == "reset":
                password = self.staff.reset(login, me)
            elif action == "remove":
                self.staff.remove(login, me)
                password = ""
            else:
                raise UserError("The inbox has no such address.", context="Inbox")
        except UserError as exc:
            return self.site.not_saved(ctx, exc, "/staff/accounts")
        if password:
            return self._password_shown(ctx, login.strip().lower(), password)
        return done_redirect(
            "/staff/accounts", tr("Staff", "Removed: {login}", ctx.lang, login=login)
        )

    change = staff_form(_change)

    def routes(self) -> list[Route]:
        return [
            Route("/staff/accounts", self.list_page, methods=["GET"]),
            Route("/staff/accounts/{action}", self.change, methods=["POST"]),
        ]
