/**
 * Light and dark themes. The choice is kept in localStorage and applied as the `dark` class on
 * <html> (Tailwind's dark variant, see the @custom-variant line in src/index.css). ui/theme.css holds
 * the shared dark palette (the mirrored slate scale, the surfaces, `ink`); components add `dark:`
 * classes for everything else (accent tints, white surfaces, chips).
 */
import { create } from 'zustand';

export type Theme = 'light' | 'dark';
const KEY = 'otz-theme';

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'dark' || value === 'light' ? value : null;
  } catch {
    return null;
  }
}

function initial(): Theme {
  const saved = stored();
  if (saved) return saved;
  if (typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches)
    return 'dark';
  return 'light';
}

function apply(theme: Theme) {
  if (typeof document === 'undefined') return;
  document.documentElement.classList.toggle('dark', theme === 'dark');
  document.documentElement.style.colorScheme = theme;
}

interface ThemeState {
  theme: Theme;
  setTheme(theme: Theme): void;
  toggle(): void;
}

export const useTheme = create<ThemeState>()((set, get) => ({
  theme: initial(),
  setTheme(theme) {
    set({ theme });
    apply(theme);
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // private mode: the theme still applies for this session
    }
  },
  toggle() {
    get().setTheme(get().theme === 'dark' ? 'light' : 'dark');
  },
}));

apply(useTheme.getState().theme);
