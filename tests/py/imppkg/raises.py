print("raises.py running")
raise ValueError("failed during import")
