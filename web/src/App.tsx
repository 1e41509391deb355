import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { Loading } from './components/Status';
import { SearchForm } from './components/SearchForm';
import { ViewerProvider, ViewerBadge } from './viewer';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { PersonPage } from './pages/PersonPage';
import { SignInPage } from './pages/SignInPage';

// The graph library is loaded only when a network is opened: it is most of the app's weight.
const NetworkPage = lazy(() => import('./pages/NetworkPage'));
const ConnectionsPage = lazy(() => import('./pages/ConnectionsPage'));
// Screens for signed-in people: only they load them.
const SecretariatScreens = lazy(() => import('./pages/secretariat/Secretariat'));
const EditPage = lazy(() => import('./pages/EditPage').then((m) => ({ default: m.EditPage })));

/**
 * The app's routes. The server answers each of these paths with the app (src/http/web-app.ts lists the
 * same prefixes): the public's pages, sign-in, the secretariat's screens and an editor's.
 */
export function App() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <ViewerProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">Amity</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          {pathname === '/' ? null : <SearchForm compact />}
          <div className="site-header__tools">
            <ViewerBadge />
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <FocusOnNavigate />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/o/:id" element={<OrganizationPage />} />
            <Route path="/p/:id" element={<PersonPage />} />
            <Route path="/network/:id" element={<NetworkPage />} />
            <Route path="/connections/:id" element={<ConnectionsPage />} />
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/secretariat/*" element={<SecretariatScreens />} />
            <Route path="/edit/:id" element={<EditPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </ViewerProvider>
  );
}

/** After a navigation, keyboard and screen-reader users start at the new page's content, not the old link. */
function FocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: false });
  }, [pathname]);
  return null;
}
