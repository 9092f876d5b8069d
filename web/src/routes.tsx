import { createBrowserRouter } from "react-router";
import { LoginPage } from "./accounts/LoginPage";
import { RequireLogin } from "./accounts/RequireLogin";
import { SignupPage } from "./accounts/SignupPage";
import { StartPage } from "./accounts/StartPage";
import { CatalogPage } from "./catalog/CatalogPage";
import { ProductFormPage } from "./catalog/ProductForm";
import { HomePage } from "./home/HomePage";
import { DirectoryPage } from "./hub/DirectoryPage";
import { ComingSoonPage } from "./modules/ComingSoonPage";
import { MODULES } from "./modules/modules";
import { SettingsPage } from "./settings/SettingsPage";
import { NotFoundPage } from "./shell/NotFoundPage";
import { RouteError } from "./shell/RouteError";
import { Shell } from "./shell/Shell";
import { SourcingPage } from "./sourcing/SourcingPage";

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage />, errorElement: <RouteError /> },
  { path: "/signup", element: <SignupPage />, errorElement: <RouteError /> },
  {
    element: (
      <RequireLogin>
        <Shell />
      </RequireLogin>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "start", element: <StartPage /> },
      { path: "join/:code", element: <StartPage /> },
      { path: "catalog", element: <CatalogPage /> },
      { path: "catalog/new", element: <ProductFormPage /> },
      { path: "sourcing", element: <SourcingPage /> },
      ...MODULES.filter(({ ready }) => !ready).map(({ key }) => ({
        path: key,
        element: <ComingSoonPage module={key} />,
      })),
      { path: "settings", element: <SettingsPage /> },
      { path: "directory", element: <DirectoryPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
