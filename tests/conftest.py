"""Test-session settings: the command line's cache of compiled patterns
(`factcheck.lexicon.regexcache`) goes to a folder of this session, never to the
user's ~/.cache, and every command the tests run, in process or not, shares it."""

from __future__ import annotations

import os
import tempfile

from factcheck.lexicon.regexcache import CACHE_ENV

os.environ[CACHE_ENV] = tempfile.mkdtemp(prefix="factcheck-test-cache-")
