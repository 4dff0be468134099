"""``ArticleActors.resolve`` and ``mentions_in`` remembered: the same question asked again on an unchanged actor state.

The statements pass and the relations pass ask for the same subjects ("Le ministre a déclaré…" is resolved for the
statement, then again as the subject of a relation), so about 40 % of the calls repeat one already made; "selon X, …"
is read twice per sentence (``according.source_markers``), each time asking ``mentions_in`` for the same ranges. A
call is answered from the memo when its arguments (token and ``context``; char range and ``demonyms``) and the state
the resolvers read are those of an earlier call.

Invariant (what makes the memo exact): after ``ArticleActors.__init__`` the state the resolvers read changes only
- by new actors (``_ensure``: ``len(actors)`` grows; no actor, mention or token owner is removed or moved after
  ``__init__``),
- by remembered institution genders (``_institutions.setdefault``: ``len(_institutions)`` grows),
- in place at the points that call ``_touch()`` (``unnamed_roles.unnamed_institution`` sets an actor's gender).
Any new mutation after ``__init__`` (an alias, a role, a gender, a mention, a count...) must call ``_touch()``.
``tests/extractors/test_resolve_memo.py`` guards it: with ``check_memo`` set, every memo answer is computed again
and compared, and the whole state (``_state_fingerprint``) must be the one seen when the version was first met.

Not remembered: calls made during ``__init__`` (the memo starts empty at its end), calls made while a kin noun is
being looked up (``_kin_in_progress``: a nested answer depends on that guard) and tokens of another doc.
"""

from __future__ import annotations

from dataclasses import astuple

from spacy.tokens import Token


class ResolveMemo:
    """Mixin of ``ArticleActors``: ``resolve`` and ``_scan`` through a memo over ``_resolve_fresh`` and ``_scan_fresh``
    (see the module docstring)."""

    check_memo = False  # tests: compute every memo answer again and compare (and the state fingerprint)
    _touched = 0

    def _touch(self) -> None:
        """Call at every in-place change of what ``resolve`` reads made after ``__init__`` (see the invariant)."""
        self._touched += 1

    def _memo_version(self) -> tuple[int, int, int]:
        return len(self.actors), len(self._institutions), self._touched

    def _start_memo(self) -> None:
        """End of ``__init__``: from now on the state changes only as the invariant says."""
        self._resolved: dict[tuple, tuple[str, ...]] = {}
        self._fingerprints: dict[tuple[int, int, int], tuple] = {}

    def resolve(self, token: Token, *, context: list[str] | None = None) -> list[str]:
        """Actors a noun phrase (given by its head token) refers to; [] when unknown (``_resolve_fresh``, remembered).

        ``context`` is the list of actors recently in subject position, newest last, used for personal pronouns.
        """
        if token.doc is not self.doc:
            return self._resolve_fresh(token, context=context)
        key = ("resolve", token.i, None if context is None else tuple(context))
        return list(self._remembered(key, lambda: tuple(self._resolve_fresh(token, context=context))))

    def _scan(self, start_char: int, end_char: int, demonyms: bool) -> tuple[list[str], list[str]]:
        """``_scan_fresh`` (what ``mentions_in`` reads), remembered: "selon X, …" asks for the same ranges twice."""
        keys, plain = self._remembered(("scan", start_char, end_char, demonyms), lambda: tuple(
            tuple(found) for found in self._scan_fresh(start_char, end_char, demonyms)))
        return list(keys), list(plain)

    def _remembered(self, key: tuple, fresh):
        """``fresh()`` (an immutable answer), or the answer of the same call on the same state version."""
        memo = self.__dict__.get("_resolved")
        if memo is None or self._kin_in_progress:
            return fresh()
        version = self._memo_version()
        key = key + (version,)
        found = memo.get(key)
        if found is not None and not self.check_memo:
            return found
        state = self._state_fingerprint() if self.check_memo else None
        answer = fresh()
        if self.check_memo:
            self._check(version, state, key, found, answer)
        if self._memo_version() == version:
            memo[key] = answer
        return answer

    def _check(self, version: tuple[int, int, int], state: tuple, key: tuple, found: tuple | None, answer: tuple) -> None:
        seen = self._fingerprints.setdefault(version, state)
        assert seen == state, f"actor state changed without a new memo version (call _touch()): {version}"
        assert found is None or found == answer, f"memo answer {found} != fresh {answer} for {key}"

    def _state_fingerprint(self) -> tuple:
        """Everything ``resolve`` may read that the article's extraction changes (for ``check_memo``)."""
        return (tuple((key, astuple(actor)) for key, actor in self.actors.items()), tuple(self.mentions),
                tuple(self._by_token.items()), tuple(self._institutions.items()))
