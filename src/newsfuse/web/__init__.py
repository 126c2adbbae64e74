"""The web app (`newsfuse serve`): briefs in a browser and over a JSON API.

`create_app` builds the ASGI app; see `newsfuse.web.app` for the routes and their status codes
and docs/web.md for how to run it.
"""

from newsfuse.web.app import Limits, create_app

__all__ = ["Limits", "create_app"]
