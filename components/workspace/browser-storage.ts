'use client';
/** The page's one connection to the workspace's IndexedDB (opened on first use). */
import { indexedDbStorage } from '../../lib/store/workspace-storage';

export const workspaceStorage = indexedDbStorage();
