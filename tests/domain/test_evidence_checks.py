"""The evidence checks as pure functions over records and the facts read from files."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from aliassist.domain.evidence_checks import (
    LOOKALIKE_MAX_BITS,
    FileFacts,
    ListingIndex,
    ListingPicture,
    PackedHashes,
    check_evidence,
    hamming,
)
from aliassist.domain.policy import Policy
from aliassist.domain.records import Dispute, Evidence, Order

PLACED = datetime(2026, 1, 5, tzinfo=UTC)
SHIPPED = PLACED + timedelta(days=2)
ORDER = Order("8187000000000001", PLACED, shipped_at=SHIPPED)
MB = 1_000_000


def ev(name: str, kind: str = "own_photo", *, sha: str | None = None, taken: datetime | None
       = None, mime: str = "image/jpeg", size: int = MB, dispute: int | None = None
       ) -> Evidence:
    return Evidence(kind=kind, sha256=sha or name.ljust(64, "0"), name=name, size=size,
                    mime=mime, taken_at=taken, dispute=dispute)


def rules(found: dict[int, list]) -> dict[int, list[str]]:
    return {i: [f.rule for f in fs] for i, fs in found.items()}


def test_an_own_photo_taken_before_shipping_is_flagged(policy: Policy) -> None:
    order = replace(ORDER, evidence=(
        ev("before.jpg", taken=SHIPPED - timedelta(hours=1)),
        ev("after.jpg", taken=SHIPPED + timedelta(days=9)),
        ev("listing.png", "listing_capture", taken=PLACED - timedelta(days=60)),
        ev("undated.jpg")))
    found = check_evidence(policy, order, {}, [])
    assert rules(found) == {0: ["photo_predates_delivery"]}
    finding = found[0][0]
    assert finding.severity == "warn" and finding.subject == "before.jpg"
    assert "the item shipped" in finding.message and "(the file's date)" in finding.message


def test_before_shipping_means_before_the_order_date_when_not_shipped(policy: Policy) -> None:
    camera = PLACED - timedelta(days=1)
    order = replace(ORDER, shipped_at=None, evidence=(ev("a.jpg", taken=camera),
                                                      ev("b.jpg", taken=PLACED + timedelta(1))))
    facts = {order.evidence[0].sha256: FileFacts(order.evidence[0].sha256,
                                                 camera_taken_at=camera)}
    found = check_evidence(policy, order, facts, [])
    assert rules(found) == {0: ["photo_predates_delivery"]}
    assert "the order was placed" in found[0][0].message
    assert "(the camera's date)" in found[0][0].message


def test_the_same_file_as_a_listing_capture_is_flagged(policy: Policy) -> None:
    order = replace(ORDER, evidence=(ev("mine.jpg", sha="a" * 64),))
    listing = [ListingPicture("a" * 64, None, "shop.jpg", "8187000000000009")]
    found = check_evidence(policy, order, {}, listing)
    assert rules(found) == {0: ["looks_like_listing"]}
    assert "the same file as the listing capture 'shop.jpg' (order 8187000000000009)" in \
        found[0][0].message
    assert "seller's picture, not your photo of what you received" in found[0][0].message


def test_a_near_hash_matches_and_a_far_one_does_not(policy: Policy) -> None:
    base = 0x0F0F_F0F0_1234_ABCD
    near = base ^ ((1 << LOOKALIKE_MAX_BITS) - 1)  # exactly the threshold in flipped bits
    far = base ^ ((1 << (LOOKALIKE_MAX_BITS + 1)) - 1)
    assert hamming(base, near) == LOOKALIKE_MAX_BITS
    order = replace(ORDER, evidence=(ev("near.jpg"), ev("far.jpg"),
                                     ev("capture.jpg", "listing_capture")))
    facts = {order.evidence[0].sha256: FileFacts(order.evidence[0].sha256, phash=near),
             order.evidence[1].sha256: FileFacts(order.evidence[1].sha256, phash=far)}
    listing = [ListingPicture("c" * 64, base, "capture.jpg", ORDER.number)]
    assert rules(check_evidence(policy, order, facts, listing)) == {0: ["looks_like_listing"]}


def test_the_capture_named_is_the_same_file_else_the_first_of_the_nearest(policy: Policy
                                                                           ) -> None:
    mine = 0x0123_4567_89AB_CDEF
    order = replace(ORDER, evidence=(ev("mine.jpg", sha="m" * 64),))
    facts = {"m" * 64: FileFacts("m" * 64, phash=mine)}

    def named(*listing: ListingPicture) -> str:
        (finding,) = check_evidence(policy, order, facts, list(listing))[0]
        return finding.message

    far = ListingPicture("f" * 64, mine ^ 0b111, "three-bits.jpg", "1")
    first = ListingPicture("a" * 64, mine ^ 0b11, "first-nearest.jpg", "2")
    second = ListingPicture("b" * 64, mine ^ 0b1100, "second-nearest.jpg", "3")  # 2 bits too
    unhashed = ListingPicture("u" * 64, None, "no-hash.jpg", "4")
    assert "nearly the same picture as the listing capture 'first-nearest.jpg'" in named(
        far, unhashed, first, second)
    same = ListingPicture("m" * 64, None, "same-file.jpg", "5")
    again = ListingPicture("m" * 64, mine, "same-file-again.jpg", "6")
    assert "the same file as the listing capture 'same-file.jpg'" in named(
        first, same, again)
    # a photo without a pHash matches only by its content
    facts.clear()
    assert "'same-file.jpg'" in named(first, same)
    assert check_evidence(policy, order, facts, [first, far]) == {}


def test_files_the_upload_form_will_not_take(policy: Policy) -> None:
    limits = policy.limits
    order = replace(ORDER, evidence=(
        ev("IMG_1.heic", mime="image/heic", taken=SHIPPED + timedelta(days=9)),
        ev("big.jpg", size=limits.image_max_bytes + 1),
        ev("ok.jpg", size=limits.image_max_bytes),
        ev("unboxing.mp4", "own_video", mime="video/mp4", size=700 * MB),
        ev("clip.webm", "own_video", mime="video/webm"),
        ev("notice.pdf", "document", mime="application/pdf"),
        ev("notice.jpg", "document", size=limits.document_max_bytes - 1),
        ev("chat.txt", "chat_capture", mime="text/plain", size=2000)))
    found = check_evidence(policy, order, {}, [])
    assert rules(found) == {i: ["upload_unfit"] for i in (0, 1, 3, 4, 7)}
    assert "a HEIC image" in found[0][0].message and "JPEG" in found[0][0].message
    assert "the limit for images is 5.0 MB" in found[1][0].message
    assert "Videos are not converted" in found[3][0].message
    assert "700.0 MB" in found[3][0].message
    assert "save it as PDF" in found[7][0].message


def test_a_dispute_sees_its_files_and_the_order_level_ones(policy: Policy) -> None:
    early = SHIPPED - timedelta(days=1)
    order = replace(ORDER, disputes=(Dispute("damaged"), Dispute("not_working")), evidence=(
        ev("order.jpg", taken=early), ev("d0.jpg", taken=early, dispute=0),
        ev("d1.jpg", taken=early, dispute=1)))
    assert set(check_evidence(policy, order, {}, [], dispute=0)) == {0, 1}
    assert set(check_evidence(policy, order, {}, [], dispute=1)) == {0, 2}
    assert set(check_evidence(policy, order, {}, [])) == {0, 1, 2}


# ---------------------------------------------------------------------------------------------
# At each threshold, and what the buyer reads (times in the user's zone, Europe/Berlin here)

SECOND = timedelta(seconds=1)
DAY = timedelta(days=1)


@pytest.mark.parametrize(("shipped", "taken", "flagged"), [
    (SHIPPED, SHIPPED - SECOND, True),
    (SHIPPED, SHIPPED, False),  # taken the very second it shipped: could be of the item
    (SHIPPED, SHIPPED + SECOND, False),
    (None, PLACED - SECOND, True),  # not shipped: the order date is the limit
    (None, PLACED, False),
])
def test_a_photo_taken_before_the_item_could_arrive(policy: Policy, shipped: datetime | None,
                                                    taken: datetime, flagged: bool) -> None:
    order = replace(ORDER, shipped_at=shipped, evidence=(ev("p.jpg", taken=taken),))
    assert bool(check_evidence(policy, order, {}, [])) is flagged


PREDATES = ("This photo was taken before the item could have reached you (before it shipped, or "
            "before the order date). Use photos of what you received, taken after it arrived. ")
LOOKALIKE = ("This looks like the seller's picture, not your photo of what you received. Mark "
             "it as a listing capture, or replace it with your own photo. ")


def test_what_a_photo_taken_too_early_says(policy: Policy) -> None:
    photo = ev("p.jpg", taken=SHIPPED - SECOND)
    [found] = check_evidence(policy, replace(ORDER, evidence=(photo,)), {}, [])[0]
    assert (found.subject, found.message) == ("p.jpg", PREDATES + (
        "Taken 2026-01-07 00:59 (the file's date); the item shipped 2026-01-07 01:00."))
    camera = FileFacts(photo.sha256, camera_taken_at=PLACED - timedelta(hours=1))
    unshipped = replace(ORDER, shipped_at=None, evidence=(replace(photo, taken_at=None),))
    [found] = check_evidence(policy, unshipped, {photo.sha256: camera}, [])[0]
    assert found.message == PREDATES + (
        "Taken 2026-01-05 00:00 (the camera's date); the order was placed 2026-01-05 01:00.")
    # the file's own date wins over the camera's
    both = FileFacts(photo.sha256, camera_taken_at=PLACED - DAY)
    [found] = check_evidence(policy, replace(ORDER, evidence=(photo,)), {photo.sha256: both},
                             [])[0]
    assert "(the file's date)" in found.message and "Taken 2026-01-07 00:59" in found.message



def test_what_a_photo_like_the_listing_says(policy: Policy) -> None:
    photo = ev("p.jpg")
    same = ListingPicture(photo.sha256, None, "cap.png", "8187000000000002")
    far = ListingPicture("f" * 64, 0b1111, "far.png", "8187000000000003")
    near = ListingPicture("e" * 64, 0b1, "near.png", "8187000000000004")
    nearest = ListingPicture("d" * 64, 0b111, "nearest.png", "8187000000000005")
    order = replace(ORDER, evidence=(photo,))
    [found] = check_evidence(policy, order, {}, [far, same])[0]
    assert (found.subject, found.message) == ("p.jpg", LOOKALIKE + (
        "It is the same file as the listing capture 'cap.png' (order 8187000000000002)."))
    facts = {photo.sha256: FileFacts(photo.sha256, phash=0b111)}
    [found] = check_evidence(policy, order, facts, [far, near, nearest])[0]
    assert found.message == LOOKALIKE + ("It is nearly the same picture as the listing capture "
                                         "'nearest.png' (order 8187000000000005).")
    # of two at the same distance the first is named; a picture without a hash is compared by
    # its file only
    twin = ListingPicture("c" * 64, 0b111, "twin.png", "8187000000000006")
    [found] = check_evidence(policy, order, facts, [nearest, twin])[0]
    assert "'nearest.png'" in found.message
    assert check_evidence(policy, order, {}, [far, near]) == {}


UNFIT = ("This file is too large or in a format the dispute form does not accept (HEIC from "
         "phones, for one). The dispute packet converts it to a JPEG within the limit; attach "
         "the converted copy. ")


@pytest.mark.parametrize(("file", "detail"), [
    (ev("v.avi", "own_video", mime="video/x-msvideo", size=60 * MB),
     "It is 60.0 MB; the limit for videos is 50.0 MB. Videos are not converted: trim it to the "
     "part that shows the problem, or export it again as MP4 at a lower resolution."),
    (ev("d.doc", "document", mime="application/msword", size=11 * MB),
     "It is application/msword; the form takes documents as PDF, JPG, PNG. It is 11.0 MB; the "
     "limit for documents is 10.0 MB. Documents are not converted: save it as PDF (or a JPEG or "
     "PNG picture)."),
    (ev("i.heic", mime="image/heic", size=6 * MB),
     "It is a HEIC image; the form takes images as JPG, PNG, GIF, BMP. It is 6.0 MB; the limit "
     "for images is 5.0 MB."),
    (ev("i.jpg", mime="image/jpeg", size=5 * MB + 1),
     "It is 5.0 MB; the limit for images is 5.0 MB."),
    (replace(ev("n.bin", "document", size=10), mime=None),
     "It is not a kind of file the app recognises (no image, video or PDF); the form takes "
     "documents as PDF, JPG, PNG. Documents are not converted: save it as PDF (or a JPEG or PNG "
     "picture)."),
])
def test_what_a_file_the_form_refuses_says(policy: Policy, file: Evidence, detail: str) -> None:
    [found] = check_evidence(policy, replace(ORDER, evidence=(file,)), {}, [])[0]
    assert (found.rule, found.subject, found.message) == ("upload_unfit", file.name,
                                                         UNFIT + detail)


@pytest.mark.parametrize("count", [0, 1, 2, 9, 2000])
def test_packed_hashes_give_each_distance_as_one_by_one(count: int) -> None:
    import random

    pick = random.Random(count)
    hashes = [pick.getrandbits(64) for _ in range(count)] + [0, (1 << 64) - 1][:count]
    packed = PackedHashes.of(hashes)
    for photo in [0, (1 << 64) - 1, *(pick.getrandbits(64) for _ in range(40))]:
        assert list(packed.distances(photo)) == [hamming(photo, h) for h in hashes]


def test_facts_read_after_the_captures_replace_their_hash() -> None:
    near = 0x0123_4567_89AB_CDEF
    index = ListingIndex.of([ListingPicture("a" * 64, None, "shop.jpg", "8187000000000009"),
                             ListingPicture("b" * 64, 1, "other.jpg", "8187000000000009")])
    assert index.with_phashes({"c" * 64: 5}) is index  # no capture of that content
    read = index.with_phashes({"a" * 64: near})
    assert [p.phash for p in read.pictures] == [near, 1]
    assert list(read.hashes.distances(near)) == [0, hamming(near, 1)]
