"""Checks on the files attached as evidence, reported as findings (DOMAIN.md section 4).

`photo_predates_delivery`: an own photo taken before the item could have arrived (before it
shipped, or before the order date when it has not shipped). `looks_like_listing`: an own photo
that is the same picture as a listing capture, byte for byte or after resizing (perceptual
hashes within LOOKALIKE_MAX_BITS). `upload_unfit`: a file above the platform's upload limit or in
a format it does not take. Pure: the facts read from each file come in as FileFacts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from aliassist.domain.filetypes import describe_mime, short_type
from aliassist.domain.findings import Finding, make_finding
from aliassist.domain.formatting import format_size, local_minute
from aliassist.domain.policy import Policy
from aliassist.domain.records import Evidence, Order

#: Perceptual hashes (64 bits) this close are the same picture. Resized and recompressed copies
#: differ in a few bits; unrelated photos in about half of them (30 of 64).
LOOKALIKE_MAX_BITS = 10


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What was read from a stored file's content."""

    sha256: str
    width: int | None = None
    height: int | None = None
    #: 64-bit perceptual hash of an image
    phash: int | None = None
    #: when the camera says the picture was taken (EXIF DateTimeOriginal), if it says
    camera_taken_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ListingPicture:
    """A listing capture kept anywhere in the store: the seller's pictures to compare with."""

    sha256: str
    phash: int | None
    name: str
    order_number: str


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


#: each byte's count of set bits, for bytes.translate
_BIT_COUNTS = bytes(n.bit_count() for n in range(256))
#: times a byte string read as one number: each byte becomes the sum of itself and the seven
#: before it (none exceeds 64, so no sum carries into the next byte)
_EIGHT_BYTE_SUMS = int.from_bytes(b"\x01" * 8, "little")


@dataclass(frozen=True)
class PackedHashes:
    """64-bit hashes side by side in one integer, 8 bytes each (little-endian), for
    `distances`: a photo is compared with thousands of listing captures."""

    count: int
    packed: int
    #: 1 in the lowest bit of each hash's place: a hash times it fills every place with it
    ones: int

    @classmethod
    def of(cls, hashes: Sequence[int]) -> PackedHashes:
        data = b"".join(h.to_bytes(8, "little") for h in hashes)
        ones = (b"\x01" + bytes(7)) * len(hashes)
        return cls(len(hashes), int.from_bytes(data, "little"), int.from_bytes(ones, "little"))

    def distances(self, a: int) -> bytes:
        """`hamming(a, h)` for each hash, in order (each byte one distance): a few big-integer
        operations in C, not a step of the interpreter per hash. `a` XORs every place at once;
        each byte of that becomes its count of set bits; summing each place's eight bytes
        (a multiplication whose product holds each sum in the place's last byte) gives its
        distance."""
        width = 8 * self.count
        bits = (self.packed ^ a * self.ones).to_bytes(width, "little").translate(_BIT_COUNTS)
        sums = (int.from_bytes(bits, "little") * _EIGHT_BYTE_SUMS).to_bytes(width + 8, "little")
        return sums[7:width:8]


def checked_indices(order: Order, dispute: int | None) -> list[int]:
    """The evidence a check looks at: every file of the order, or for a dispute the
    order-level files and that dispute's."""
    return [i for i, ev in enumerate(order.evidence)
            if dispute is None or ev.dispute is None or ev.dispute == dispute]


def photo_predates_delivery(policy: Policy, order: Order, ev: Evidence,
                            facts: FileFacts | None) -> Finding | None:
    """An own photo taken before the item shipped (or before the order date, unshipped)."""
    if ev.kind != "own_photo":
        return None
    camera = facts.camera_taken_at if facts else None
    taken = ev.taken_at or camera
    if taken is None:
        return None
    if order.shipped_at is not None:
        limit, what = order.shipped_at, "the item shipped"
    else:
        limit, what = order.placed_at, "the order was placed"
    if taken >= limit:
        return None
    source = "the camera's date" if camera is not None and taken == camera else "the file's date"
    return make_finding(policy, "photo_predates_delivery", subject=ev.name,
                        detail=f"Taken {local_minute(taken)} ({source}); "
                               f"{what} {local_minute(limit)}.")


@dataclass(frozen=True)
class ListingIndex:
    """The listing captures, ready for `looks_like_listing`: each content's first capture, and
    the captures with a pHash, in order, beside their hashes (a photo is compared with
    thousands of them)."""

    pictures: tuple[ListingPicture, ...]
    by_sha256: dict[str, ListingPicture]
    hashed: list[ListingPicture]
    hashes: PackedHashes

    @classmethod
    def of(cls, listing: Iterable[ListingPicture]) -> ListingIndex:
        pictures = tuple(listing)
        by_sha256: dict[str, ListingPicture] = {}
        for pic in pictures:
            by_sha256.setdefault(pic.sha256, pic)
        hashed = [pic for pic in pictures if pic.phash is not None]
        return cls(pictures, by_sha256, hashed,
                   PackedHashes.of([pic.phash for pic in hashed if pic.phash is not None]))

    def with_phashes(self, phashes: Mapping[str, int | None]) -> ListingIndex:
        """The same captures, those of a content in `phashes` with that pHash (facts read
        after the captures were)."""
        if not phashes.keys() & self.by_sha256.keys():
            return self
        return ListingIndex.of(
            ListingPicture(p.sha256, phashes[p.sha256], p.name, p.order_number)
            if p.sha256 in phashes else p for p in self.pictures)


def looks_like_listing(policy: Policy, ev: Evidence, facts: FileFacts | None,
                       listing: ListingIndex) -> Finding | None:
    """An own photo that is a listing capture's picture: the same file (the first capture of
    it), else the capture nearest by pHash within LOOKALIKE_MAX_BITS (the first of the
    nearest)."""
    if ev.kind != "own_photo":
        return None
    pic = listing.by_sha256.get(ev.sha256)
    how = "the same file as"
    phash = facts.phash if facts else None
    if pic is None and phash is not None and listing.hashes.count:
        distances = listing.hashes.distances(phash)
        nearest = min(distances)
        if nearest <= LOOKALIKE_MAX_BITS:
            pic = listing.hashed[distances.index(nearest)]
            how = "nearly the same picture as"
    if pic is None:
        return None
    return make_finding(policy, "looks_like_listing", subject=ev.name,
                        detail=f"It is {how} the listing capture {pic.name!r} "
                               f"(order {pic.order_number}).")


def _types(mimes: Iterable[str]) -> str:
    return ", ".join(short_type(m) for m in mimes)


def upload_unfit(policy: Policy, ev: Evidence) -> Finding | None:
    """A file the platform's dispute form will not take: too large, or of a type it refuses."""
    limits = policy.limits
    mime = ev.mime or ""
    if mime.startswith("image/") and ev.kind != "document":
        accepted, limit, what = limits.image_accepted, limits.image_max_bytes, "images"
    elif mime.startswith("video/"):
        accepted, limit, what = limits.video_accepted, limits.video_max_bytes, "videos"
    else:
        accepted, limit, what = limits.document_accepted, limits.document_max_bytes, "documents"
    problems = []
    if mime not in accepted:
        problems.append(f"It is {describe_mime(ev.mime)}; the form takes {what} as "
                        f"{_types(accepted)}.")
    if ev.size > limit:
        problems.append(f"It is {format_size(ev.size)}; the limit for {what} is "
                            f"{format_size(limit)}.")
    if not problems:
        return None
    if mime.startswith("image/"):
        fix = ""  # the rule's own message says the packet converts it
    elif mime.startswith("video/"):
        fix = ("Videos are not converted: trim it to the part that shows the problem, or "
               "export it again as MP4 at a lower resolution.")
    else:
        fix = "Documents are not converted: save it as PDF (or a JPEG or PNG picture)."
    return make_finding(policy, "upload_unfit", subject=ev.name,
                        detail=" ".join(p for p in [*problems, fix] if p))


def check_evidence(policy: Policy, order: Order, facts: Mapping[str, FileFacts],
                   listing: ListingIndex | Sequence[ListingPicture], dispute: int | None = None
                   ) -> dict[int, list[Finding]]:
    """Every check on the order's files (those of `dispute` and the order-level ones when a
    dispute is given), by index into `order.evidence`; files with no finding are left out.
    `listing`: the listing captures, or their index (made once for many checks)."""
    out: dict[int, list[Finding]] = {}
    captures = listing if isinstance(listing, ListingIndex) else ListingIndex.of(listing)
    for index in checked_indices(order, dispute):
        ev = order.evidence[index]
        fact = facts.get(ev.sha256)
        found = [f for f in (photo_predates_delivery(policy, order, ev, fact),
                             looks_like_listing(policy, ev, fact, captures),
                             upload_unfit(policy, ev)) if f is not None]
        if found:
            out[index] = found
    return out
