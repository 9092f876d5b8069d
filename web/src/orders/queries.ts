import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import { downloadFile } from "../api/download";
import type { components, paths } from "../api/schema.gen";
import { postFiles } from "../api/upload";
import { useHubSummary } from "../hub/queries";
import { dayIn } from "./business-day";
import type { LineFilter } from "./line-status";

export type Order = components["schemas"]["Order"];
export type OrderLine = components["schemas"]["OrderLine"];
export type OrderImport = components["schemas"]["OrderImport"];
export type OrderInput = paths["/api/orgs/{orgId}/orders"]["post"]["requestBody"]["content"]["application/json"];
export type PurchaseOrder = components["schemas"]["PurchaseOrder"];
export type Statement = components["schemas"]["Statement"];

const org = (orgId: string) => ({ params: { path: { orgId } } });
const ordersKey = (orgId: string) => ["orgs", orgId, "orders"];
const purchaseOrdersKey = (orgId: string) => ["orgs", orgId, "purchase-orders"];
const ORDERS_PAGE = 20;

/** The hub's time zone and today there; both undefined until the hub has been read. */
export function useHubDay(hubId: string): { timeZone: string | undefined; today: string | undefined } {
  const timeZone = useHubSummary(hubId).data?.timeZone;
  return { timeZone, today: timeZone ? dayIn(timeZone) : undefined };
}

/** The shop's orders, newest first, a page at a time; a filter keeps orders with a line in that state. */
export function useOrders(orgId: string, filter: LineFilter) {
  return useInfiniteQuery({
    queryKey: [...ordersKey(orgId), filter],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/orgs/{orgId}/orders", {
          params: {
            path: { orgId },
            query: { status: filter === "all" ? undefined : filter, limit: ORDERS_PAGE, offset: pageParam },
          },
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.length === ORDERS_PAGE ? pages.length * ORDERS_PAGE : undefined),
  });
}

// Open lines are few (covered ones leave at every cut-off), so every page of them is read for the totals.
const OPEN_PAGE = 100;
const OPEN_PAGES = 20;

async function everyOrderWith(orgId: string, status: "reserved" | "backordered"): Promise<Order[]> {
  const orders: Order[] = [];
  for (let page = 0; page < OPEN_PAGES; page++) {
    const query = { status, limit: OPEN_PAGE, offset: page * OPEN_PAGE };
    const batch = await unwrap(api.GET("/api/orgs/{orgId}/orders", { params: { path: { orgId }, query } }));
    orders.push(...batch);
    if (batch.length < OPEN_PAGE) break;
  }
  return orders;
}

/** Every order with a line still waiting: covered (reserved) or backordered. */
export function useOpenOrders(orgId: string) {
  return useQuery({
    queryKey: [...ordersKey(orgId), "open"],
    queryFn: async () => {
      const [reserved, backordered] = await Promise.all([
        everyOrderWith(orgId, "reserved"),
        everyOrderWith(orgId, "backordered"),
      ]);
      return [...reserved, ...backordered];
    },
  });
}

export function useCancelLine(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lineId: string) =>
      unwrap(api.POST("/api/orgs/{orgId}/order-lines/{lineId}/cancel", { params: { path: { orgId, lineId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ordersKey(orgId) }),
  });
}

/** One or two order exports as multipart field `files`; the answer is the whole outcome. */
async function uploadOrders(orgId: string, files: File[]): Promise<OrderImport> {
  const form = new FormData();
  for (const file of files) form.append("files", file);
  return postFiles<OrderImport>(`/api/orgs/${orgId}/orders/imports`, form);
}

export function useImportOrders(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => uploadOrders(orgId, files),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ordersKey(orgId) }),
    meta: { inForm: true },
  });
}

export function useCreateOrder(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrderInput) => unwrap(api.POST("/api/orgs/{orgId}/orders", { ...org(orgId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ordersKey(orgId) }),
    meta: { inForm: true },
  });
}

export function usePurchaseOrders(orgId: string, date: string | undefined) {
  return useQuery({
    queryKey: [...purchaseOrdersKey(orgId), date],
    queryFn: () =>
      unwrap(api.GET("/api/orgs/{orgId}/purchase-orders", { params: { path: { orgId }, query: { date } } })),
    enabled: date !== undefined,
  });
}

/** After a change the server answers with the purchase order as it is now; it replaces the old one in the day. */
function useReplacePurchaseOrder(orgId: string) {
  const queryClient = useQueryClient();
  return (po: PurchaseOrder) => {
    queryClient.setQueryData<PurchaseOrder[]>([...purchaseOrdersKey(orgId), po.businessDate], (day) =>
      day?.map((old) => (old.id === po.id ? po : old)),
    );
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: purchaseOrdersKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "statements"] }),
    ]);
  };
}

export function useAdvancePurchaseOrder(orgId: string) {
  const replace = useReplacePurchaseOrder(orgId);
  return useMutation({
    mutationFn: ({ poId, status }: { poId: string; status: "confirmed" | "ready" | "collected" | "shipped" }) =>
      unwrap(
        api.POST("/api/orgs/{orgId}/purchase-orders/{poId}/status", {
          params: { path: { orgId, poId } },
          body: { status },
        }),
      ),
    onSuccess: replace,
  });
}

export function useShortShip(orgId: string) {
  const replace = useReplacePurchaseOrder(orgId);
  return useMutation({
    mutationFn: ({ poId, lineId, shortQuantity }: { poId: string; lineId: string; shortQuantity: number }) =>
      unwrap(
        api.POST("/api/orgs/{orgId}/purchase-orders/{poId}/lines/{lineId}/short", {
          params: { path: { orgId, poId, lineId } },
          body: { shortQuantity },
        }),
      ),
    onSuccess: replace,
    meta: { inForm: true },
  });
}

export function useStatements(orgId: string, date: string | undefined) {
  return useQuery({
    queryKey: ["orgs", orgId, "statements", date],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/statements", { params: { path: { orgId }, query: { date } } })),
    enabled: date !== undefined,
  });
}

/** The day's pick list (every shop's goods, with boxes to tick) as the PDF the supplier prints. */
export function downloadPickList(orgId: string, date: string): Promise<void> {
  return downloadFile(`/api/orgs/${orgId}/pick-list.pdf?date=${date}`, `拣货单-${date}.pdf`);
}

export function downloadPurchaseOrder(orgId: string, po: Pick<PurchaseOrder, "id" | "number">): Promise<void> {
  return downloadFile(`/api/orgs/${orgId}/purchase-orders/${po.id}/pdf`, `${po.number}.pdf`);
}

/** One counterparty's statement of a day, as CSV for Excel or as a PDF to print. */
export function downloadStatement(
  orgId: string,
  statement: { businessDate: string; counterpartyId: string; counterpartyName: string },
  format: "csv" | "pdf",
): Promise<void> {
  const { businessDate, counterpartyId, counterpartyName } = statement;
  return downloadFile(
    `/api/orgs/${orgId}/statements/${counterpartyId}/${format}?date=${businessDate}`,
    `对账单-${businessDate}-${counterpartyName}.${format}`,
  );
}
