"""Near-duplicate articles: the same story saved twice with a changed line or a different footer.

A MinHash signature of each article's character 8-grams (spaces and line breaks removed, so a
re-wrapped copy matches) estimates the Jaccard similarity of two texts from 64 numbers each.
"""

from __future__ import annotations

import numpy as np

__all__ = ["NEAR_DUPLICATE", "SIGNATURE_SIZE", "Signatures", "signature"]

SIGNATURE_SIZE = 64
SHINGLE = 8
#: estimated Jaccard similarity from which a new article counts as a copy of one already there
NEAR_DUPLICATE = 0.9

_rng = np.random.default_rng(20240611)  # fixed: signatures stored in the database must stay comparable
_A = _rng.integers(1, 2**63 - 1, SIGNATURE_SIZE, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63 - 1, SIGNATURE_SIZE, dtype=np.uint64)
_BASE = np.uint64(1_000_003)


def _shingle_hashes(text: str) -> np.ndarray:
    codes = np.frombuffer("".join(text.split()).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < SHINGLE:
        codes = np.pad(codes, (0, SHINGLE - len(codes)))
    count = len(codes) - SHINGLE + 1
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        for offset in range(SHINGLE):
            hashes = hashes * _BASE + codes[offset : offset + count]
    return hashes  # repeated shingles leave each minimum as it is


#: shingles hashed at a time: a 2 MiB text's (about 700,000) one block at a time in 2 MiB of scratch
_BLOCK = 4096
#: one scratch matrix per process: a fresh 1 MB array per text was mapped and unmapped by the
#: allocator each time, and its page faults cost more than the arithmetic
_scratch = np.empty((SIGNATURE_SIZE, _BLOCK), dtype=np.uint64)


def signature(text: str) -> str:
    """The text's MinHash signature as hex (stored with the article)."""
    hashes = _shingle_hashes(text)
    mins = np.full(SIGNATURE_SIZE, np.iinfo(np.uint64).max, dtype=np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        for begin in range(0, len(hashes), _BLOCK):
            block = hashes[begin : begin + _BLOCK]
            # one hash function per row: each minimum runs along contiguous memory (a quarter faster)
            products = _scratch[:, : len(block)]
            np.multiply.outer(_A, block, out=products)
            np.add(products, _B[:, None], out=products)
            np.minimum(mins, products.min(axis=1), out=mins)
    return mins.tobytes().hex()


#: a signature's 64 values in 16 bands of 4: two signatures more than 0.75 alike differ in at most 15
#: places, which leave at least one band whole, in one bucket (NEAR_DUPLICATE is 0.9: never missed)
_BANDS = 16
_BAND_HEX = 2 * 8 * SIGNATURE_SIZE // _BANDS


class Signatures:
    """The signatures of the articles present: a new article is compared with those that share one
    of its bands (a folder of 1,000 compared each text with up to 999 others), and joins them."""

    def __init__(self, ids: list[str], signatures: list[str]) -> None:
        self.ids: list[str] = []
        self._matrix = np.zeros((max(16, 2 * len(signatures)), SIGNATURE_SIZE), dtype=np.uint64)
        self._buckets: dict[tuple[int, str], list[int]] = {}
        for article_id, signature_hex in zip(ids, signatures):
            self.add(article_id, signature_hex)

    def _bands(self, signature_hex: str):
        return ((band, signature_hex[band * _BAND_HEX : (band + 1) * _BAND_HEX]) for band in range(_BANDS))

    def closest(self, signature_hex: str) -> tuple[str | None, float]:
        """The most alike article present and its estimated Jaccard similarity (None, 0.0 when none
        shares a band: then none is more than 0.75 alike)."""
        rows = {row for band in self._bands(signature_hex) for row in self._buckets.get(band, ())}
        if not rows:
            return None, 0.0
        candidates = np.fromiter(rows, dtype=np.intp, count=len(rows))
        mine = np.frombuffer(bytes.fromhex(signature_hex), dtype=np.uint64)
        same = np.count_nonzero(self._matrix[candidates] == mine, axis=1)
        best = int(same.argmax())
        return self.ids[int(candidates[best])], int(same[best]) / SIGNATURE_SIZE

    def add(self, article_id: str, signature_hex: str) -> None:
        row = len(self.ids)
        if row == len(self._matrix):  # room doubles: a folder's adds cost linear time, not quadratic
            self._matrix = np.vstack([self._matrix, np.zeros_like(self._matrix)])
        self._matrix[row] = np.frombuffer(bytes.fromhex(signature_hex), dtype=np.uint64)
        self.ids.append(article_id)
        for band in self._bands(signature_hex):
            self._buckets.setdefault(band, []).append(row)
