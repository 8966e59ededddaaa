"""Opening a database: what a user sees when the URL cannot be served."""

import pytest

from shortlist.storage import Database, MissingDriver


def test_a_database_url_whose_driver_is_not_installed_says_how_to_get_it() -> None:
    with pytest.raises(MissingDriver, match=r"pip install 'shortlist\[postgres\]'"):
        Database("postgresql+pg8000://postgres@127.0.0.1/nope")
