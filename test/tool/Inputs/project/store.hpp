#pragma once
void save(int value);
void audit(int value);
int bump(int value);
