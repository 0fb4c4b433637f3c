ALLOWED: dict[str, str] = {}
