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


class Interrupted(FashenError):
    """Ctrl-C, with what was kept (a sweep's finished documents). Printed without the "错误：" prefix."""

    exit_code = 130


class NotFound(FashenError):
    """A law or article the user asked for is not in the corpus."""

    exit_code = 1


# -- words for what the system raised -----------------------------------------------------------------

_ERRNO = {"ENOENT": "文件或文件夹不存在", "EACCES": "没有权限", "EPERM": "不允许该操作（没有权限）",
          "ENOTDIR": "路径中有一段是文件而不是文件夹", "EEXIST": "已存在同名的文件", "EISDIR": "这是一个文件夹",
          "ENOSPC": "磁盘空间不足", "EROFS": "只读文件系统，无法写入", "ENAMETOOLONG": "文件名过长",
          "EIO": "磁盘读写错误", "EDQUOT": "超出磁盘配额", "EMFILE": "打开的文件过多", "EBUSY": "文件正被占用",
          "ETXTBSY": "文件正被占用", "EXDEV": "不能跨磁盘移动文件", "ELOOP": "符号链接循环"}


def os_error_text(e: OSError) -> str:
    """The Chinese words for an OSError (never the system's English strerror)."""
    import errno

    name = errno.errorcode.get(e.errno or -1, "")
    if name in _ERRNO:
        return _ERRNO[name]
    if isinstance(e, PermissionError):
        return "没有权限"
    if isinstance(e, FileNotFoundError):
        return "文件或文件夹不存在"
    return f"系统错误（{name or type(e).__name__}）"


def corpus_error(e: Exception, path=None) -> CorpusError:
    """A CorpusError in Chinese for what sqlite3 raised on the statute database (``path`` named when known)."""
    text = str(e).lower()
    where = f"{path}：" if path else ""
    if "readonly" in text or "read-only" in text:
        why = "法规库文件是只读的，无法保存结果；请检查文件权限，或用 --db 指定一个可写的法规库"
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        why = ("无法打开法规库：文件已损坏（或不是 fashen 法规库）；请删除后重新建立（fashen statutes import --default），"
               "或用 --db 指定其他文件")
    elif "locked" in text or "busy" in text:
        why = "法规库正被另一个程序占用，请稍后重试"
    elif "unable to open" in text or "disk i/o" in text or "cannot open" in text:
        why = "无法打开或读写法规库文件（文件夹不存在、没有权限或磁盘错误）；请用 --db 指定其他位置"
    elif "full" in text:
        why = "磁盘已满，无法写入法规库"
    elif "too many sql variables" in text or "too big" in text or "too large" in text or "overflow" in text:
        why = "查询内容超出法规库的处理上限，请缩短后重试"
    else:
        why = "法规库读写出错（文件可能已损坏）；请重新建立法规库，或用 --db 指定其他文件"
    return CorpusError(where + why)
