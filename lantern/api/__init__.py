from lantern.api.root import api

__all__ = ["api"]
