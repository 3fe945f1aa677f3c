"""The error hierarchy. Every message is user-facing Chinese; the CLI maps classes to exit codes."""


class FashenError(Exception):
    """Base class: a problem the user can act on. ``str(e)`` is the Chinese message."""

    exit_code = 2


class InputError(FashenError):
    """A file or argument the user gave cannot be used (missing, unreadable, wrong format)."""

    def __init__(self, path, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}：{problem}" if self.path else problem)


class AttachmentFile(InputError):
    """A spreadsheet or similar attachment (.xls/.et/.xlsx): not a document to review on its own.
    A sweep lists it as an attachment, not as an error."""


class CorpusError(FashenError):
    """The statute database is missing, locked, corrupt or of an unknown schema."""


class NotFound(FashenError):
    """A law or article the user asked for is not in the corpus."""

    exit_code = 1
