"""Provider adapters: one per wire API, all behind the `ProviderAdapter` protocol."""

from __future__ import annotations

from services.executor.adapters.anthropic import AnthropicAdapter
from services.executor.adapters.base import ProviderAdapter
from services.executor.adapters.gemini import GeminiAdapter
from services.executor.adapters.openai import OpenAIAdapter

ADAPTERS: dict[str, ProviderAdapter] = {
    "openai": OpenAIAdapter(),
    "anthropic": AnthropicAdapter(),
    "gemini": GeminiAdapter(),
}


def adapter_for(provider: str) -> ProviderAdapter:
    """The adapter for a `ModelSpec.provider` value."""
    try:
        return ADAPTERS[provider]
    except KeyError:
        raise KeyError(f"no adapter for provider {provider!r}") from None


__all__ = ["ADAPTERS", "ProviderAdapter", "adapter_for"]
