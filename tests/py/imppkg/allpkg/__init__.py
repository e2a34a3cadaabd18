__all__ = ["child", "VALUE"]
VALUE = "pkg value"
