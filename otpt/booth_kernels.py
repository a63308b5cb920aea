"""The booth's kernels, as ``otpt present`` asks Voila to manage them
(``--VoilaConfiguration.multi_kernel_manager_class=otpt.booth_kernels.BoothKernelManager``).

A booth kernel holds nothing to keep: each serves one visitor, and the tally is appended as
each round ends. Jupyter's usual stop asks every kernel to shut down over ZMQ, but a booth
kernel is seldom idle then: Voila keeps its preheated kernels waiting inside a cell for the
next visitor, and a kernel asked to shut down mid-cell closes its sockets under that cell, so
stopping the booth printed a ``ZMQError: Socket operation on non-socket`` traceback
(ipykernel 7). Here a booth kernel is ended at once instead, and a stop prints nothing alarming.

Imported only by the Voila server that ``otpt present`` starts (it needs jupyter_server).
"""

from __future__ import annotations

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

__all__ = ["BoothKernelManager"]


class BoothKernelManager(AsyncMappingKernelManager):
    """Voila's kernel manager for the booth: a kernel being shut down (the server stopping, an
    idle one culled) is ended at once, never asked over ZMQ to shut down while a cell runs."""

    async def shutdown_kernel(self, kernel_id: str, now: bool = False, restart: bool = False):
        """Shut down ``kernel_id`` at once (``now`` is always True: see the module)."""
        return await super().shutdown_kernel(kernel_id, now=True, restart=restart)

    async def shutdown_all(self, now: bool = False) -> None:
        """Shut down every kernel at once (``now`` is always True: see the module)."""
        await super().shutdown_all(now=True)
