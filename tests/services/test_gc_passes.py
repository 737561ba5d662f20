import gc

import pytest

from aliassist.services.gc_passes import pause_gc_passes, without_gc_passes


@pytest.fixture(autouse=True)
def _collector_back_on():
    yield
    gc.enable()


def test_no_collector_passes_inside_and_the_collector_is_back_after():
    gc.enable()
    with without_gc_passes():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_back_after_an_error():
    gc.enable()
    with pytest.raises(ValueError), without_gc_passes():
        raise ValueError("stop")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    with without_gc_passes():
        pass
    assert not gc.isenabled()


def test_a_pause_lasts_until_it_is_resumed_once():
    gc.enable()
    resume = pause_gc_passes()
    assert not gc.isenabled()
    resume()
    assert gc.isenabled()
    gc.disable()  # turned off by someone else since: a second resume leaves it so
    resume()
    assert not gc.isenabled()


def test_a_pause_of_a_collector_already_off_resumes_nothing():
    gc.disable()
    resume = pause_gc_passes()
    resume()
    assert not gc.isenabled()
