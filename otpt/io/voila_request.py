"""A kernel that Voila preheated waits here for its visitor's request.

Voila starts preheated kernels before anyone asks for the page (``--preheat_kernel``), so
the request's variables - ``QUERY_STRING`` above all (``?lang=es&cards=5``) - are not in
the kernel's environment yet. When a visitor takes the kernel, Voila sends them over a
websocket, ``/voila/query/<kernel id>``; `voila.utils.wait_for_request` reads them.

Importing `voila.utils` imports all of Voila's server (jupyter_server, nbconvert,
jupyter_events and jsonschema's grammars): 1.4-2.5 s of a core in every preheated kernel,
spent while a crowd's own kernels start beside it. This module does the same wait with
the websocket client Voila itself uses (``websockets``, about 20 ms to import), and falls
back to Voila's helper where that client is older than its synchronous API (< 11).
"""

from __future__ import annotations

import json
import os
import warnings

__all__ = ["voila_request_url", "wait_for_voila_request"]

_waited = False  # once per kernel: one visitor, one request


def voila_request_url(environ=None) -> str:
    """The websocket address a preheated kernel gets its request from, built from the
    variables Voila gives the kernel, with Voila's defaults.

    >>> voila_request_url({"VOILA_APP_PORT": "8867", "VOILA_KERNEL_ID": "k1"})
    'ws://127.0.0.1:8867/voila/query/k1'
    """
    env = os.environ if environ is None else environ
    base = env.get("VOILA_WS_BASE_URL", env.get("VOILA_SERVER_URL", "/"))
    return (
        f"{env.get('VOILA_WS_PROTOCOL', 'ws')}://{env.get('VOILA_APP_IP', '127.0.0.1')}:"
        f"{env.get('VOILA_APP_PORT', '8866')}{base}voila/query/{env.get('VOILA_KERNEL_ID', '')}"
    )


def wait_for_voila_request(connect=None) -> None:
    """In a kernel Voila preheated, wait until a visitor's request arrives and put its
    variables (``QUERY_STRING`` ...) in ``os.environ``; elsewhere, and after the first
    call, return at once.

    ``connect`` is the websocket client (default `websockets.sync.client.connect`; tests
    pass their own). A server that cannot be reached or closes the connection warns, as
    Voila's helper does, and leaves the environment as it is: the page gets the usual
    settings.
    """
    global _waited
    if _waited or os.environ.get("VOILA_PREHEAT", "False") == "False":
        return
    try:
        from websockets.exceptions import WebSocketException
        from websockets.sync.client import connect as websockets_connect
    except ImportError:  # websockets < 11: Voila's own helper, slow to import
        from voila.utils import wait_for_request

        _waited = True
        wait_for_request()
        return
    _waited = True
    url = voila_request_url()
    try:
        with (connect or websockets_connect)(url, open_timeout=5) as websocket:
            message = websocket.recv()  # as long as it takes a visitor to come
    except (OSError, TimeoutError, WebSocketException) as err:
        warnings.warn(f"Failed to connect to {url}: {err}", stacklevel=2)
        return
    os.environ.update({str(k): str(v) for k, v in json.loads(message).items()})
