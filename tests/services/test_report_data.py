"""The PDF summary's ``--profile``: resolved in the service layer, by the JSON export's rule."""

from __future__ import annotations

import pytest

from bond.domain.profiles import Household
from bond.errors import UsageError
from bond.services.profiles import ProfileService
from bond.services.report_data import find_profile
from bond.services.vault_service import VaultService


def test_a_profile_is_found_by_name_any_case_or_id_and_a_stranger_is_refused() -> None:
    vault = VaultService.temporary()
    try:
        ProfileService(vault).set_up(Household.COUPLE, ["Robin", "Sam"])
        robin, sam = ProfileService(vault).profiles()
        assert find_profile(vault, "Sam") == sam.id
        assert find_profile(vault, "rOBIN") == robin.id
        assert find_profile(vault, robin.id) == robin.id
        with pytest.raises(UsageError, match="No profile in this vault has that name"):
            find_profile(vault, "Alex")
    finally:
        vault.close()
