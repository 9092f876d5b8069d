import { createBrowserRouter } from "react-router";
import { LoginPage } from "./accounts/LoginPage";
import { RequireLogin } from "./accounts/RequireLogin";
import { SignupPage } from "./accounts/SignupPage";
import { StartPage } from "./accounts/StartPage";
import { CatalogPage } from "./catalog/CatalogPage";
import { ImportPage } from "./catalog/import/ImportPage";
import { ImportResultPage } from "./catalog/import/ImportResultPage";
import { ProductFormPage } from "./catalog/ProductForm";
import { ProductPage } from "./catalog/ProductPage";
import { HomePage } from "./home/HomePage";
import { DirectoryPage } from "./hub/DirectoryPage";
import { OrderSettingsPage } from "./hub/OrderSettingsPage";
import { BuyerRoomPage } from "./live/BuyerRoomPage";
import { LiveRoomsPage } from "./live/LiveRoomsPage";
import { RoomConsolePage } from "./live/RoomConsolePage";
import { ScheduleRoomPage } from "./live/ScheduleRoomPage";
import { ComingSoonPage } from "./modules/ComingSoonPage";
import { MODULES } from "./modules/modules";
import { ImportOrdersPage } from "./orders/ImportOrdersPage";
import { NewOrderPage } from "./orders/NewOrderPage";
import { OrdersPage } from "./orders/OrdersPage";
import { PurchaseOrdersPage } from "./orders/PurchaseOrdersPage";
import { StatementsPage } from "./orders/StatementsPage";
import { SettingsPage } from "./settings/SettingsPage";
import { NotFoundPage } from "./shell/NotFoundPage";
import { RouteError } from "./shell/RouteError";
import { Shell } from "./shell/Shell";
import { AllocationPage } from "./shipping/AllocationPage";
import { ContractsPage } from "./shipping/ContractsPage";
import { QuotePage } from "./shipping/QuotePage";
import { ScanPage } from "./shipping/ScanPage";
import { ShippingHome } from "./shipping/ShippingHome";
import { WaybillsPage } from "./shipping/WaybillsPage";
import { AlertsPage } from "./sourcing/AlertsPage";
import { SourcingPage } from "./sourcing/SourcingPage";

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage />, errorElement: <RouteError /> },
  { path: "/signup", element: <SignupPage />, errorElement: <RouteError /> },
  // Buyers open a live room from a link or a QR code on their phones: no staff log-in, no shell.
  { path: "/live/:roomId", element: <BuyerRoomPage />, errorElement: <RouteError /> },
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
      { path: "catalog/import", element: <ImportPage /> },
      { path: "catalog/import/:importId", element: <ImportResultPage /> },
      { path: "catalog/:productId", element: <ProductPage /> },
      { path: "sourcing", element: <SourcingPage /> },
      { path: "sourcing/alerts", element: <AlertsPage /> },
      { path: "orders", element: <OrdersPage /> },
      { path: "orders/import", element: <ImportOrdersPage /> },
      { path: "orders/new", element: <NewOrderPage /> },
      { path: "purchase-orders", element: <PurchaseOrdersPage /> },
      { path: "statements", element: <StatementsPage /> },
      { path: "shipping", element: <ShippingHome /> },
      { path: "shipping/contracts", element: <ContractsPage /> },
      { path: "shipping/allocation", element: <AllocationPage /> },
      { path: "shipping/quote", element: <QuotePage /> },
      { path: "shipping/waybills", element: <WaybillsPage /> },
      { path: "shipping/scan", element: <ScanPage /> },
      { path: "live", element: <LiveRoomsPage /> },
      { path: "live/new", element: <ScheduleRoomPage /> },
      { path: "live/rooms/:roomId", element: <RoomConsolePage /> },
      // The report's charts (ECharts) load with the report, not with every phone's first page.
      {
        path: "live/rooms/:roomId/report",
        lazy: async () => ({ Component: (await import("./live/ReportPage")).ReportPage }),
      },
      ...MODULES.filter(({ ready }) => !ready).map(({ key }) => ({
        path: key,
        element: <ComingSoonPage module={key} />,
      })),
      { path: "settings", element: <SettingsPage /> },
      { path: "directory", element: <DirectoryPage /> },
      { path: "order-settings", element: <OrderSettingsPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
