"""Config: precedence, defaults, base URLs, validation, merging and redaction."""

from __future__ import annotations

import httpx
import pytest

from agentrun_facade.config import Config, ResolvedConfig
from agentrun_facade.errors import InvalidParameterError, MissingConfigurationError

AK = "AKIDTESTONLY"
SECRET = "test-secret-not-real"
TOKEN = "test-sts-token-not-real"


def test_positional_order() -> None:
    cfg = Config(
        "ak",
        "sk",
        "tok",
        "123",
        "cn-beijing",
        "ctl.example",
        "data.example",
        1.5,
        2.5,
        4,
        {"a": "b"},
    )
    assert (cfg.access_key_id, cfg.access_key_secret, cfg.security_token) == ("ak", "sk", "tok")
    assert (cfg.account_id, cfg.region_id) == ("123", "cn-beijing")
    assert (cfg.control_endpoint, cfg.data_endpoint) == ("ctl.example", "data.example")
    assert (cfg.timeout, cfg.read_timeout, cfg.max_retries) == (1.5, 2.5, 4)
    assert cfg.headers == {"a": "b"}
    assert cfg.page_size is None and cfg.max_concurrency is None


def test_defaults_with_empty_environment() -> None:
    r = Config().resolve({})
    assert r.region_id == "cn-hangzhou"
    assert r.timeout == 10.0 and r.read_timeout == 60.0
    assert r.max_retries == 3 and r.page_size == 100 and r.max_concurrency == 16
    assert r.headers == {}
    assert r.access_key_id is None and not r.has_credentials
    assert r.control_base_url == "https://agentrun.cn-hangzhou.aliyuncs.com"


def test_environment_is_not_read_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = Config()
    monkeypatch.setenv("AGENTRUN_ACCESS_KEY_ID", AK)
    monkeypatch.setenv("AGENTRUN_ACCESS_KEY_SECRET", SECRET)
    resolved = cfg.resolve()  # os.environ, read now
    assert resolved.access_key_id == AK and resolved.has_credentials


def test_explicit_beats_environment_and_first_env_var_wins() -> None:
    env = {
        "AGENTRUN_ACCESS_KEY_ID": "AKIDFROMENV1",
        "ALIBABA_CLOUD_ACCESS_KEY_ID": "AKIDFROMENV2",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": SECRET,
        "ALIBABA_CLOUD_SECURITY_TOKEN": TOKEN,
        "FC_ACCOUNT_ID": "1234567890",
        "ALIBABA_CLOUD_REGION_ID": "cn-shanghai",
        "FC_REGION": "cn-beijing",
    }
    r = Config().resolve(env)
    assert r.access_key_id == "AKIDFROMENV1"
    assert r.access_key_secret == SECRET and r.security_token == TOKEN
    assert r.account_id == "1234567890"
    assert r.region_id == "cn-shanghai"
    explicit = Config(access_key_id=AK, region_id="ap-southeast-1").resolve(env)
    assert explicit.access_key_id == AK
    assert explicit.region_id == "ap-southeast-1"
    assert explicit.control_base_url == "https://agentrun.ap-southeast-1.aliyuncs.com"


def test_empty_values_count_as_unset() -> None:
    env = {"AGENTRUN_REGION": "", "FC_REGION": "cn-beijing", "AGENTRUN_ACCESS_KEY_ID": ""}
    r = Config(account_id="").resolve(env)
    assert r.region_id == "cn-beijing"
    assert r.access_key_id is None and r.account_id is None


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("agentrun.example.com", "https://agentrun.example.com"),
        ("https://agentrun.example.com/", "https://agentrun.example.com"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("HTTP://127.0.0.1:8080/base//", "http://127.0.0.1:8080/base"),
    ],
)
def test_control_endpoint_normalisation(given: str, expected: str) -> None:
    assert Config(control_endpoint=given).resolve({}).control_base_url == expected
    env = {"AGENTRUN_CONTROL_ENDPOINT": given}
    assert Config().resolve(env).control_base_url == expected


@pytest.mark.parametrize("bad", ["ftp://host", "https://", "https://h/?q=1", "http://h:notaport"])
def test_bad_endpoints_are_rejected(bad: str) -> None:
    with pytest.raises(InvalidParameterError, match="control_endpoint"):
        Config(control_endpoint=bad)
    with pytest.raises(InvalidParameterError, match="data_endpoint"):
        Config().resolve({"AGENTRUN_DATA_ENDPOINT": bad})


def test_default_data_url_and_ram_suffix() -> None:
    r = Config(account_id="1234567890123456", region_id="cn-hangzhou").resolve({})
    assert r.data_base_url(signing=False) == (
        "https://1234567890123456.agentrun-data.cn-hangzhou.aliyuncs.com"
    )
    assert r.data_base_url(signing=True) == (
        "https://1234567890123456-ram.agentrun-data.cn-hangzhou.aliyuncs.com"
    )


@pytest.mark.parametrize(
    ("endpoint", "signed"),
    [
        ("https://123-ram.agentrun-data.cn-hangzhou.aliyuncs.com", None),
        (
            "https://123.funagent-data-pre.cn-hangzhou.aliyuncs.com",
            "https://123-ram.funagent-data-pre.cn-hangzhou.aliyuncs.com",
        ),
        ("https://agentrun-data.cn-hangzhou.aliyuncs.com", None),
        ("http://127.0.0.1:9000", None),
        (
            "https://123.agentrun-data.cn-hangzhou.aliyuncs.com:8443/base/",
            "https://123-ram.agentrun-data.cn-hangzhou.aliyuncs.com:8443/base",
        ),
    ],
)
def test_explicit_data_endpoint(endpoint: str, signed: str | None) -> None:
    r = Config(data_endpoint=endpoint).resolve({})
    unsigned = endpoint.rstrip("/")
    assert r.data_base_url(signing=False) == unsigned
    assert r.data_base_url(signing=True) == (signed or unsigned)


def test_missing_account_id_names_the_variable() -> None:
    r = Config().resolve({})
    with pytest.raises(MissingConfigurationError, match="AGENTRUN_ACCOUNT_ID"):
        r.data_base_url(signing=False)


def test_data_endpoint_from_environment() -> None:
    r = Config().resolve({"AGENTRUN_DATA_ENDPOINT": "http://127.0.0.1:9000"})
    assert r.data_base_url(signing=True) == "http://127.0.0.1:9000"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"timeout": -1.0}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"read_timeout": -0.5}, "read_timeout"),
        ({"timeout": "10"}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"page_size": 0}, "page_size"),
        ({"max_concurrency": 0}, "max_concurrency"),
        ({"headers": {"x-a": 1}}, "headers"),
        ({"headers": [("x-a", "1")]}, "headers"),
        ({"access_key_id": 123}, "access_key_id"),
        ({"region_id": "cn hangzhou/evil"}, "region_id"),
    ],
)
def test_validation_names_the_field(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidParameterError, match=field):
        Config(**kwargs)  # type: ignore[arg-type]


def test_invalid_region_from_environment() -> None:
    with pytest.raises(InvalidParameterError, match="region_id"):
        Config().resolve({"AGENTRUN_REGION": "evil.com/x"})


def test_headers_are_copied() -> None:
    original = {"x-a": "1"}
    cfg = Config(headers=original)
    original["x-a"] = "2"
    assert cfg.headers == {"x-a": "1"}
    resolved = cfg.resolve({})
    resolved.headers["x-b"] = "3"
    assert cfg.resolve({}).headers == {"x-a": "1"}


def test_merge_override_wins_and_headers_merge_case_insensitively() -> None:
    base = Config(
        access_key_id=AK, region_id="cn-beijing", timeout=5.0, headers={"X-Trace": "a", "x-k": "1"}
    )
    override = Config(region_id="cn-shanghai", max_retries=0, headers={"x-trace": "b"})
    merged = base.merge(override)
    assert merged.access_key_id == AK
    assert merged.region_id == "cn-shanghai"
    assert merged.timeout == 5.0 and merged.max_retries == 0
    assert merged.headers == {"x-k": "1", "x-trace": "b"}
    assert base.merge(None) is base
    assert base.merge(Config()) == base
    assert Config().merge(Config(headers={"a": "1"})).headers == {"a": "1"}


def test_repr_hides_secrets() -> None:
    cfg = Config(
        access_key_id=AK,
        access_key_secret=SECRET,
        security_token=TOKEN,
        headers={"Authorization": "Bearer test-bearer-not-real"},
    )
    resolved = cfg.resolve({})
    for text in (repr(cfg), str(cfg), repr(resolved), str(resolved)):
        assert SECRET not in text
        assert TOKEN not in text
        assert AK not in text
        assert "test-bearer-not-real" not in text
        assert "AKID***" in text
        assert "'***'" in text
    assert "access_key_secret=None" in repr(Config().resolve({}))


def test_validation_errors_do_not_echo_secret() -> None:
    with pytest.raises(InvalidParameterError) as info:
        Config(headers={"authorization": 12345})  # type: ignore[dict-item]
    assert "12345" not in str(info.value)


def test_resolved_is_frozen_and_timeout_helper() -> None:
    r = Config(timeout=3.0, read_timeout=30.0).resolve({})
    assert isinstance(r, ResolvedConfig)
    with pytest.raises(AttributeError):
        r.timeout = 1.0  # type: ignore[misc]
    t = r.httpx_timeout()
    assert isinstance(t, httpx.Timeout)
    assert (t.connect, t.read, t.write, t.pool) == (3.0, 30.0, 3.0, 3.0)


def test_credentials_need_both_halves() -> None:
    assert not Config(access_key_id=AK).resolve({}).has_credentials
    assert Config(access_key_id=AK, access_key_secret=SECRET).resolve({}).has_credentials


def test_explicit_key_pair_does_not_pick_up_an_environment_token() -> None:
    env = {
        "AGENTRUN_ACCESS_KEY_ID": "AKIDENV",
        "AGENTRUN_ACCESS_KEY_SECRET": "env-secret-not-real",
        "AGENTRUN_SECURITY_TOKEN": "env-token-not-real",
    }
    explicit = Config(access_key_id="AKIDEXPLICIT", access_key_secret="explicit-secret-not-real")
    assert explicit.resolve(env).security_token is None
    assert Config().resolve(env).security_token == "env-token-not-real"
    with_token = Config(
        access_key_id="AKIDEXPLICIT",
        access_key_secret="explicit-secret-not-real",
        security_token="explicit-token-not-real",
    )
    assert with_token.resolve(env).security_token == "explicit-token-not-real"


def test_strict_listing_defaults_off_and_validates() -> None:
    assert Config().resolve({}).strict_listing is False
    assert Config(strict_listing=True).resolve({}).strict_listing is True
    with pytest.raises(InvalidParameterError, match="strict_listing"):
        Config(strict_listing="yes")  # type: ignore[arg-type]
