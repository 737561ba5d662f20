"""A list of short texts (order numbers) that grows to any length in flat memory: what an import
reports as imported. Texts are appended in blocks; full blocks go to an anonymous temporary file
and come back when the list is read, one block at a time.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, overload

#: texts per block (a block of order numbers is about 80 KB)
BLOCK = 4096


class SpooledTexts(Sequence[str]):
    """A read-mostly list of texts without newlines: `append`, `len`, indexing, iteration,
    equality with a list. Memory holds one block being filled and one block read back."""

    def __init__(self, texts: Iterable[str] = ()):
        self._file: IO[bytes] | None = None
        #: where each full block starts in the file, and its length in bytes
        self._blocks: list[tuple[int, int]] = []
        self._tail: list[str] = []
        self._read: tuple[int, list[str]] | None = None
        self.extend(texts)

    def append(self, text: str) -> None:
        self._tail.append(text)
        if len(self._tail) >= BLOCK:
            self._spill()

    def extend(self, texts: Iterable[str]) -> None:
        tail = self._tail
        tail.extend(texts)
        while len(tail) >= BLOCK:
            rest = tail[BLOCK:]
            del tail[BLOCK:]
            self._spill()
            self._tail = tail = rest

    def _spill(self) -> None:
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        data = "\n".join(self._tail).encode()
        self._file.seek(0, 2)
        self._blocks.append((self._file.tell(), len(data)))
        self._file.write(data)
        self._tail = []

    def _block(self, index: int) -> list[str]:
        if self._read is not None and self._read[0] == index:
            return self._read[1]
        assert self._file is not None
        start, size = self._blocks[index]
        self._file.seek(start)
        texts = self._file.read(size).decode().split("\n")
        self._read = (index, texts)
        return texts

    def __len__(self) -> int:
        return len(self._blocks) * BLOCK + len(self._tail)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        block, offset = divmod(index, BLOCK)
        if block == len(self._blocks):
            return self._tail[offset]
        return self._block(block)[offset]

    def __iter__(self) -> Iterator[str]:
        for block in range(len(self._blocks)):
            yield from self._block(block)
        yield from list(self._tail)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SpooledTexts | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other,
                                                                           strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(repr(t) for t in self[:5])
        return f"SpooledTexts([{shown}{', ...' if len(self) > 5 else ''}], {len(self)} texts)"

    def close(self) -> None:
        """Forget every text and free the file."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._blocks, self._tail, self._read = [], [], None

    def __del__(self) -> None:
        if self._file is not None:
            self._file.close()

