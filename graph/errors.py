"""One exception hierarchy; the CLI turns these into one-line messages and exit codes."""


class NewsgraphError(Exception):
    """Base class of every error newsgraph reports to a user."""

    exit_code = 1


class InputError(NewsgraphError, ValueError):
    """An input file or record cannot be used (named in the message)."""

    exit_code = 1


class QueryError(NewsgraphError, ValueError):
    """A SPARQL query is malformed or not allowed."""

    exit_code = 1


class UsageError(NewsgraphError, ValueError):
    """The command line asks for something impossible."""

    exit_code = 2
