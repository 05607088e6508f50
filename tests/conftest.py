"""Test-session settings: the command line's cache of compiled patterns
(`factcheck.lexicon.regexcache`) goes to a folder of this session, never to the
user's ~/.cache, and every command the tests run, in process or not, shares it.
The shared helper that asserts (`tests.wanted_claims.check`) has its asserts
rewritten as a test module's are, so a failure shows the claims that differ."""

from __future__ import annotations

import os
import tempfile

import pytest

from factcheck.lexicon.regexcache import CACHE_ENV

os.environ[CACHE_ENV] = tempfile.mkdtemp(prefix="factcheck-test-cache-")
pytest.register_assert_rewrite("tests.wanted_claims")
