## People, contacts, instances, province rules and names
